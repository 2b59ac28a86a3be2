package org.rt2kb.instrument;

import static org.rt2kb.shared.form.FormText.orNull;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rt2kb.curation.EntryEditor;
import org.rt2kb.curation.Tagging;
import org.rt2kb.curation.Tagging.Tags;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.form.Choice;
import org.rt2kb.shared.form.FormText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Reads instruments into the secretariat's form and writes the form back. */
@Component
class InstrumentEditor implements EntryEditor<InstrumentForm> {

    private final InstrumentRepository instruments;
    private final AnnexGroupRepository annexGroups;
    private final Tagging tagging;
    private final MessageSource messages;

    InstrumentEditor(
            InstrumentRepository instruments,
            AnnexGroupRepository annexGroups,
            Tagging tagging,
            MessageSource messages) {
        this.instruments = instruments;
        this.annexGroups = annexGroups;
        this.tagging = tagging;
        this.messages = messages;
    }

    @Override
    public EntryType type() {
        return EntryType.INSTRUMENT;
    }

    @Override
    public Class<InstrumentForm> formType() {
        return InstrumentForm.class;
    }

    @Override
    public InstrumentForm formOf(Entry entry) {
        Instrument i = (Instrument) entry;
        Tags tags = Tags.of(i);
        OfficialRecord r = i.getOfficialRecord();
        return new InstrumentForm(
                i.getSlug(),
                i.getCode(),
                i.getAcronym(),
                i.getAcronymFr(),
                i.getTitle().en(),
                i.getTitle().fr(),
                i.getTitle().isUnofficialIn("fr"),
                i.getTitle().get("es"),
                i.getTitle().isUnofficialIn("es"),
                aliases(i, "en"),
                aliases(i, "fr"),
                aliases(i, "es"),
                i.getYear(),
                i.getInstrumentType(),
                i.getBody(),
                i.isBinding(),
                i.getParent() == null ? null : i.getParent().getSlug(),
                i.getAnnexGroups().stream().map(AnnexGroup::getSlug).toList(),
                String.join("\n", i.getLinks()),
                r.adopted(),
                r.adoptedAtEn(),
                r.adoptedAtFr(),
                r.bodyFr(),
                r.session(),
                r.sessionFr(),
                r.entryIntoForce(),
                r.untsVolume(),
                r.untsPage(),
                r.symbol(),
                r.unconfirmed(),
                tags.gcmObjectives(),
                tags.gcmPrinciples(),
                tags.sdgTargets(),
                tags.concepts(),
                i.getVersion());
    }

    @Override
    public void check(Long id, InstrumentForm form, Errors errors) {
        if (form.slug() != null
                && instruments
                        .findBySlug(form.slug())
                        .filter(i -> !i.getId().equals(id))
                        .isPresent()) {
            errors.rejectValue("slug", "form.error.slug-taken");
        }
        if (orNull(form.code()) != null
                && instruments
                        .findByCode(form.code().strip())
                        .filter(i -> !i.getId().equals(id))
                        .isPresent()) {
            errors.rejectValue("code", "form.error.code-taken");
        }
        if (orNull(form.parent()) != null) {
            var parent = instruments.findBySlug(form.parent());
            if (parent.isEmpty() || parent.get().getId().equals(id)) {
                errors.rejectValue("parent", "form.error.unknown-choice");
            }
        }
        Set<String> groups = new LinkedHashSet<>(annexGroups.findAllByOrderByPosition().stream()
                .map(AnnexGroup::getSlug)
                .toList());
        if (form.annexGroups() != null && !groups.containsAll(form.annexGroups())) {
            errors.rejectValue("annexGroups", "form.error.unknown-choice");
        }
        FormText.checkWebAddresses("links", form.linkList(), errors);
        if (form.untsPage() != null && form.untsVolume() == null) {
            errors.rejectValue("untsVolume", "form.error.required");
        }
        if (form.unconfirmed() != null && !OfficialRecord.FIELDS.containsAll(form.unconfirmed())) {
            errors.rejectValue("unconfirmed", "form.error.unknown-choice");
        }
        tagging.check(form.gcmObjectives(), form.gcmPrinciples(), form.sdgTargets(), form.concepts(), errors);
    }

    @Override
    public Entry create(InstrumentForm form) {
        Instrument instrument = new Instrument(
                form.slug(),
                null,
                identity(form),
                form.instrumentType(),
                form.body().strip(),
                form.binding(),
                null,
                null,
                Set.of(),
                form.linkList());
        instrument.record(form.officialRecord());
        return instrument;
    }

    @Override
    public void apply(Entry entry, InstrumentForm form) {
        Instrument instrument = (Instrument) entry;
        Instrument parent = orNull(form.parent()) == null
                ? null
                : instruments.findBySlug(form.parent()).orElseThrow();
        List<String> wanted = form.annexGroups() == null ? List.of() : form.annexGroups();
        Set<AnnexGroup> groups = new LinkedHashSet<>(annexGroups.findAllByOrderByPosition().stream()
                .filter(g -> wanted.contains(g.getSlug()))
                .toList());
        instrument.revise(
                identity(form),
                form.instrumentType(),
                form.body().strip(),
                form.binding(),
                parent,
                groups,
                form.linkList());
        instrument.record(form.officialRecord());
        tagging.tag(instrument, form.gcmObjectives(), form.gcmPrinciples(), form.sdgTargets(), form.concepts());
    }

    /** What the form's lists offer. */
    public record Choices(
            List<InstrumentType> types,
            List<Choice> annexGroups,
            List<Choice> parents,
            List<Choice> gcmObjectives,
            List<Choice> gcmPrinciples,
            List<Choice> sdgTargets,
            List<Choice> concepts,
            List<Choice> unconfirmed) {}

    Choices choices() {
        return new Choices(
                List.of(InstrumentType.values()),
                annexGroups.findAllByOrderByPosition().stream()
                        .map(g -> new Choice(g.getSlug(), g.getTitle().prefixed(g.getAnnex() + " · ")))
                        .toList(),
                instruments.findAll().stream()
                        .sorted(Comparator.comparing(
                                        Instrument::getPosition, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(Instrument::getTitleEn))
                        .map(i -> new Choice(i.getSlug(), i.getTitle()))
                        .toList(),
                tagging.gcmObjectives(),
                tagging.gcmPrinciples(),
                tagging.sdgTargets(),
                tagging.concepts(),
                OfficialRecord.FIELDS.stream()
                        .map(field -> new Choice(field, Multilingual.message(messages, "form.field." + field)))
                        .toList());
    }

    private static Instrument.Identity identity(InstrumentForm f) {
        return new Instrument.Identity(
                orNull(f.code()), orNull(f.acronym()), orNull(f.acronymFr()), f.title(), f.aliases(), f.year());
    }

    private static String aliases(Instrument i, String language) {
        return String.join("\n", i.getAliases().getOrDefault(language, List.of()));
    }
}
