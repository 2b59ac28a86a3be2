package org.rt2kb.practice;

import static org.rt2kb.shared.form.FormText.orNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.rt2kb.annotation.EntryLinks;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.curation.EntryEditor;
import org.rt2kb.curation.Tagging;
import org.rt2kb.curation.Tagging.Tags;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.form.Choice;
import org.rt2kb.shared.form.FormText;
import org.rt2kb.theme.Theme;
import org.rt2kb.theme.ThemeService;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Reads practices into the secretariat's form and writes the form back: fields, countries, themes and tags. */
@Component
class PracticeEditor implements EntryEditor<PracticeForm> {

    private final PracticeRepository practices;
    private final PracticeGroupRepository groups;
    private final ThemeService themes;
    private final EntryLinks links;
    private final Tagging tagging;
    private final ReferenceData reference;

    PracticeEditor(
            PracticeRepository practices,
            PracticeGroupRepository groups,
            ThemeService themes,
            EntryLinks links,
            Tagging tagging,
            ReferenceData reference) {
        this.practices = practices;
        this.groups = groups;
        this.themes = themes;
        this.links = links;
        this.tagging = tagging;
        this.reference = reference;
    }

    @Override
    public EntryType type() {
        return EntryType.PRACTICE;
    }

    @Override
    public Class<PracticeForm> formType() {
        return PracticeForm.class;
    }

    @Override
    public PracticeForm formOf(Entry entry) {
        Practice p = (Practice) entry;
        Tags tags = Tags.of(p);
        var actor = p.getActor();
        var period = p.getPeriod();
        return PracticeForm.builder()
                .slug(p.getSlug())
                .number(p.getNumber())
                .group(p.getGroup() == null ? null : p.getGroup().getSlug())
                .titleEn(p.getTitle().en())
                .enUnofficial(p.getTitle().isUnofficialIn("en"))
                .titleFr(p.getTitle().fr())
                .frUnofficial(p.getTitle().isUnofficialIn("fr"))
                .titleEs(p.getTitle().get("es"))
                .esUnofficial(p.getTitle().isUnofficialIn("es"))
                .descriptionEn(p.getDescription().en())
                .descriptionFr(p.getDescription().fr())
                .descriptionEs(p.getDescription().get("es"))
                .countries(String.join(", ", p.getCountryCodes()))
                .actor(actor.name())
                .region(actor.regionCode())
                .scope(actor.scope())
                .actorType(actor.type())
                .startYear(period.startYear())
                .endYear(period.endYear())
                .startDate(period.startDate())
                .endDate(period.endDate())
                .statusNoteEn(p.getStatusNote().en())
                .statusNoteFr(p.getStatusNote().fr())
                .statusNoteEs(p.getStatusNote().get("es"))
                .links(String.join("\n", p.getLinks()))
                .themes(links.targetSlugs(p, LinkRelation.ILLUSTRATES))
                .gcmObjectives(tags.gcmObjectives())
                .gcmPrinciples(tags.gcmPrinciples())
                .sdgTargets(tags.sdgTargets())
                .concepts(tags.concepts())
                .version(p.getVersion())
                .build();
    }

    @Override
    public void check(Long id, PracticeForm form, Errors errors) {
        check(
                id,
                form,
                errors,
                new Lookups(
                        slug -> practices.findBySlug(slug).map(Practice::getId).orElse(null),
                        slug -> groups.findBySlug(slug).isPresent(),
                        reference.countries().keySet(),
                        reference.regions().keySet(),
                        themes.linkableThemes().stream().map(Theme::getSlug).collect(Collectors.toSet()),
                        tagging::check));
    }

    /** Reads the practices' slugs and the lists once, then checks each form against them. */
    @Override
    public Checker<PracticeForm> checker() {
        Map<String, Long> ids = practices.findSlugsAndIds().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        Set<String> groupSlugs = groups.findAllByOrderByPosition().stream()
                .map(PracticeGroup::getSlug)
                .collect(Collectors.toSet());
        Lookups lookups = new Lookups(
                ids::get,
                groupSlugs::contains,
                reference.countries().keySet(),
                reference.regions().keySet(),
                themes.linkableThemes().stream().map(Theme::getSlug).collect(Collectors.toSet()),
                tagging.checker());
        return (id, form, errors) -> check(id, form, errors, lookups);
    }

    /** What a check looks up in the catalogue. */
    private record Lookups(
            Function<String, Long> practiceIdBySlug,
            Predicate<String> groupExists,
            Set<String> countries,
            Set<String> regions,
            Set<String> themeSlugs,
            Tagging.Check tags) {}

    private static void check(Long id, PracticeForm form, Errors errors, Lookups known) {
        if (form.slug() != null) {
            Long owner = known.practiceIdBySlug().apply(form.slug());
            if (owner != null && !owner.equals(id)) {
                errors.rejectValue("slug", "form.error.slug-taken");
            }
        }
        if (orNull(form.group()) != null && !known.groupExists().test(form.group())) {
            errors.rejectValue("group", "form.error.unknown-choice");
        }
        List<String> unknown = form.countryCodes().stream()
                .filter(c -> !known.countries().contains(c))
                .toList();
        if (!unknown.isEmpty()) {
            errors.rejectValue(
                    "countries", "form.error.unknown-countries", new Object[] {String.join(", ", unknown)}, null);
        }
        if (unknown.isEmpty() && form.countryCodes().isEmpty() && orNull(form.actor()) == null) {
            // Where it happens: the catalogue, its export and the seed format need countries or an actor.
            errors.rejectValue("countries", "form.error.countries-or-actor");
        }
        if (orNull(form.region()) != null && !known.regions().contains(form.region())) {
            errors.rejectValue("region", "form.error.unknown-choice");
        }
        if (form.startYear() != null && form.endYear() != null && form.endYear() < form.startYear()) {
            errors.rejectValue("endYear", "form.error.end-before-start");
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            errors.rejectValue("endDate", "form.error.end-before-start");
        }
        FormText.checkWebAddresses("links", form.linkList(), errors);
        if (form.themes() != null && !known.themeSlugs().containsAll(form.themes())) {
            errors.rejectValue("themes", "form.error.unknown-choice");
        }
        known.tags().check(form.gcmObjectives(), form.gcmPrinciples(), form.sdgTargets(), form.concepts(), errors);
    }

    @Override
    public Entry create(PracticeForm form) {
        return new Practice(
                form.slug(),
                null,
                form.number(),
                null,
                texts(form),
                form.countryCodes(),
                actor(form),
                period(form),
                statusNote(form),
                form.linkList(),
                null,
                null);
    }

    @Override
    public void apply(Entry entry, PracticeForm form) {
        apply(
                (Practice) entry,
                form,
                slug -> groups.findBySlug(slug).orElseThrow(),
                themes.linkableThemes().stream().collect(Collectors.toMap(Theme::getSlug, Function.identity())));
    }

    /** Reads the groups and the themes once, then writes each form with them. */
    @Override
    public Applier<PracticeForm> applier() {
        Map<String, PracticeGroup> groupsBySlug =
                groups.findAll().stream().collect(Collectors.toMap(PracticeGroup::getSlug, Function.identity()));
        Map<String, Theme> themesBySlug =
                themes.linkableThemes().stream().collect(Collectors.toMap(Theme::getSlug, Function.identity()));
        return (entry, form) -> apply((Practice) entry, form, groupsBySlug::get, themesBySlug);
    }

    private void apply(
            Practice practice, PracticeForm form, Function<String, PracticeGroup> group, Map<String, Theme> bySlug) {
        practice.revise(
                form.number(),
                orNull(form.group()) == null ? null : group.apply(form.group()),
                texts(form),
                form.countryCodes(),
                actor(form),
                period(form),
                statusNote(form),
                form.linkList());
        tagging.tag(practice, form.gcmObjectives(), form.gcmPrinciples(), form.sdgTargets(), form.concepts());
        links.linkTo(
                practice,
                LinkRelation.ILLUSTRATES,
                form.themes() == null
                        ? List.of()
                        : form.themes().stream()
                                .map(bySlug::get)
                                .filter(Objects::nonNull)
                                .toList());
    }

    /** What the form's lists offer. */
    public record Choices(
            List<Choice> groups,
            List<Choice> themes,
            List<Choice> regions,
            List<PracticeScope> scopes,
            List<ActorType> actorTypes,
            List<Choice> gcmObjectives,
            List<Choice> gcmPrinciples,
            List<Choice> sdgTargets,
            List<Choice> concepts) {}

    /** The lists, regions in the alphabetical order of the editor's language. */
    Choices choices(Locale locale) {
        return new Choices(
                groups.findAllByOrderByPosition().stream()
                        .map(g -> new Choice(g.getSlug(), g.getTitle()))
                        .toList(),
                themes.linkableThemes().stream()
                        .map(t -> new Choice(t.getSlug(), t.getTitle()))
                        .toList(),
                Choice.byLabel(
                        reference.regionPlaces().entrySet().stream()
                                .map(r -> new Choice(r.getKey(), r.getValue().name()))
                                .toList(),
                        locale),
                List.of(PracticeScope.values()),
                List.of(ActorType.values()),
                tagging.gcmObjectives(),
                tagging.gcmPrinciples(),
                tagging.sdgTargets(),
                tagging.concepts());
    }

    private static Practice.Texts texts(PracticeForm f) {
        // The English description is the paper's own, whatever the title's flag says.
        return new Practice.Texts(
                Multilingual.of(
                        f.titleEn().strip(),
                        f.enUnofficial(),
                        orNull(f.titleFr()),
                        f.frUnofficial(),
                        orNull(f.titleEs()),
                        f.esUnofficial()),
                Multilingual.of(
                        f.descriptionEn().strip(),
                        false,
                        orNull(f.descriptionFr()),
                        f.frUnofficial(),
                        orNull(f.descriptionEs()),
                        f.esUnofficial()));
    }

    private static Practice.Actor actor(PracticeForm f) {
        return new Practice.Actor(orNull(f.actor()), orNull(f.region()), f.scope(), f.actorType());
    }

    private static Practice.Period period(PracticeForm f) {
        return new Practice.Period(f.startYear(), f.endYear(), f.startDate(), f.endDate());
    }

    private static Multilingual statusNote(PracticeForm f) {
        return Multilingual.of(orNull(f.statusNoteEn()), orNull(f.statusNoteFr()), orNull(f.statusNoteEs()));
    }
}
