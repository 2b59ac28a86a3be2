package org.rt2kb.transfer.seed;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rt2kb.annotation.AnnotationKind;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.annotation.Visibility;
import org.rt2kb.entry.EntryType;
import org.rt2kb.instrument.InstrumentType;
import org.rt2kb.instrument.OfficialRecord;
import org.rt2kb.practice.ActorType;
import org.rt2kb.practice.PracticeScope;
import org.rt2kb.shared.Coded;
import org.rt2kb.theme.ThemeKind;
import org.rt2kb.transfer.seed.SeedFiles.InstrumentSeed;
import org.rt2kb.transfer.seed.SeedFiles.PracticeSeed;
import org.rt2kb.transfer.seed.SeedFiles.ThemeSeed;
import org.springframework.stereotype.Component;

/**
 * Checks a parsed seed catalogue before anything is written: required fields, codes, slugs, references between files
 * and link types. Reports every problem at once, each naming the file, the entry and the field.
 */
@Component
class SeedValidator {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    void validate(SeedCatalogue seeds) {
        Check check = new Check();
        Known known = Known.of(seeds);
        validateReference(seeds, check, known);
        validateThemes(seeds, check, known);
        validatePractices(seeds, check, known);
        validateInstruments(seeds, check, known);
        validateLinks(seeds, check, known);
        if (!check.problems.isEmpty()) {
            throw new SeedException(check.problems);
        }
    }

    /** The identifiers each file defines, to check references against. */
    private record Known(
            Set<String> sources,
            Set<String> regions,
            Set<String> countries,
            Set<Integer> objectives,
            Set<String> principles,
            Set<String> targets,
            Map<String, ThemeSeed> themes,
            Set<String> groups,
            Set<String> practices,
            Set<String> annexGroups,
            Map<String, InstrumentSeed> instruments) {

        static Known of(SeedCatalogue s) {
            return new Known(
                    keys(s.sources().sources(), SeedFiles.SourceSeed::slug),
                    keys(s.regions().regions(), SeedFiles.RegionSeed::code),
                    keys(s.countries().countries(), SeedFiles.CountrySeed::code),
                    keys(s.gcmObjectives().objectives(), SeedFiles.ObjectiveSeed::number),
                    keys(s.gcmPrinciples().principles(), SeedFiles.PrincipleSeed::slug),
                    keys(s.sdgTargets().targets(), SeedFiles.TargetSeed::code),
                    orEmpty(s.themes().themes()).stream()
                            .filter(t -> t.slug() != null)
                            .collect(Collectors.toMap(ThemeSeed::slug, t -> t, (a, b) -> a)),
                    keys(s.practices().groups(), SeedFiles.GroupSeed::slug),
                    keys(s.practices().practices(), PracticeSeed::slug),
                    keys(s.instruments().annexGroups(), SeedFiles.AnnexGroupSeed::slug),
                    orEmpty(s.instruments().instruments()).stream()
                            .filter(i -> i.slug() != null)
                            .collect(Collectors.toMap(InstrumentSeed::slug, i -> i, (a, b) -> a)));
        }

        private static <T, K> Set<K> keys(List<T> items, Function<T, K> key) {
            return items == null ? Set.of() : items.stream().map(key).collect(Collectors.toSet());
        }

        boolean hasEntry(String reference) {
            String[] parts = reference.split(":", 2);
            if (parts.length != 2) {
                return false;
            }
            return switch (parts[0]) {
                case "theme" -> themes.containsKey(parts[1]);
                case "practice" -> practices.contains(parts[1]);
                case "instrument" -> instruments.containsKey(parts[1]);
                default -> false;
            };
        }
    }

    private void validateReference(SeedCatalogue s, Check check, Known known) {
        each(
                check,
                SeedCatalogue.SOURCES,
                "source",
                s.sources().sources(),
                SeedFiles.SourceSeed::slug,
                (at, source) -> {
                    at.slug(source.slug());
                    at.required("titleFr", source.titleFr());
                    at.required("titleEn", source.titleEn());
                    at.year("year", source.year(), true);
                    at.required("forum", source.forum());
                    at.links(source.links());
                });
        each(
                check,
                SeedCatalogue.REGIONS,
                "region",
                s.regions().regions(),
                SeedFiles.RegionSeed::code,
                (at, region) -> {
                    at.required("code", region.code());
                    at.slug(region.slug());
                    at.required("nameEn", region.nameEn());
                    at.required("nameFr", region.nameFr());
                    at.reference("parent", region.parent(), known.regions(), "region");
                });
        each(
                check,
                SeedCatalogue.COUNTRIES,
                "country",
                s.countries().countries(),
                SeedFiles.CountrySeed::code,
                (at, country) -> {
                    at.matches("code", country.code(), "[A-Z]{2}", "an ISO 3166-1 alpha-2 code");
                    at.matches("alpha3", country.alpha3(), "[A-Z]{3}", "an ISO 3166-1 alpha-3 code");
                    at.required("nameEn", country.nameEn());
                    at.required("nameFr", country.nameFr());
                    at.reference("region", country.region(), known.regions(), "region");
                });
        each(check, SeedCatalogue.BODIES, "body", s.bodies().bodies(), SeedFiles.BodySeed::key, (at, body) -> {
            at.required("key", body.key());
            at.required("nameEn", body.nameEn());
            at.required("nameFr", body.nameFr());
        });
        each(
                check,
                SeedCatalogue.GCM_OBJECTIVES,
                "objective",
                s.gcmObjectives().objectives(),
                o -> String.valueOf(o.number()),
                (at, objective) -> {
                    at.range("number", objective.number(), 1, 23);
                    at.required("titleEn", objective.titleEn());
                    at.required("titleFr", objective.titleFr());
                });
        each(
                check,
                SeedCatalogue.GCM_PRINCIPLES,
                "principle",
                s.gcmPrinciples().principles(),
                SeedFiles.PrincipleSeed::slug,
                (at, principle) -> {
                    at.slug(principle.slug());
                    at.required("position", principle.position());
                    at.required("titleEn", principle.titleEn());
                    at.required("titleFr", principle.titleFr());
                });
        each(
                check,
                SeedCatalogue.SDG_TARGETS,
                "target",
                s.sdgTargets().targets(),
                SeedFiles.TargetSeed::code,
                (at, target) -> {
                    at.matches(
                            "code", target.code(), "\\d{1,2}\\.([0-9]{1,2}|[a-z])", "an SDG target code such as 8.8");
                    at.range("goal", target.goal(), 1, 17);
                    at.required("titleEn", target.titleEn());
                    at.required("titleFr", target.titleFr());
                });
    }

    private void validateThemes(SeedCatalogue s, Check check, Known known) {
        String file = SeedCatalogue.THEMES;
        each(check, file, "theme", s.themes().themes(), ThemeSeed::slug, (at, theme) -> {
            at.slug(theme.slug());
            at.code("kind", theme.kind(), ThemeKind.class);
            at.reference("parent", theme.parent(), known.themes().keySet(), "theme");
            at.required("position", theme.position());
            at.required("titleFr", theme.titleFr());
            at.required("titleEn", theme.titleEn());
            at.required("textFr", theme.textFr());
            at.required("summaryEn", theme.summaryEn());
            at.reference("source", theme.source(), known.sources(), "source");
            at.references("gcmPrinciples", theme.gcmPrinciples(), known.principles(), "GCM principle");
            at.unique(
                    "notes",
                    theme.notes() == null
                            ? List.of()
                            : theme.notes().stream()
                                    .map(SeedFiles.NoteSeed::number)
                                    .toList());
        });
        check.unique(
                file,
                "theme",
                "position",
                orEmpty(s.themes().themes()).stream().map(ThemeSeed::position).toList());
        each(check, file, "gap", s.themes().gaps(), SeedFiles.GapSeed::slug, (at, gap) -> {
            at.slug(gap.slug());
            at.required("titleFr", gap.titleFr());
            at.required("titleEn", gap.titleEn());
            at.references("themes", gap.themes(), known.themes().keySet(), "theme");
        });
        each(
                check,
                file,
                "guiding question",
                s.themes().guidingQuestions(),
                q -> String.valueOf(q.number()),
                (at, question) -> {
                    at.required("number", question.number());
                    at.required("textFr", question.textFr());
                    at.required("textEn", question.textEn());
                    at.references("themes", question.themes(), known.themes().keySet(), "theme");
                });
    }

    private void validatePractices(SeedCatalogue s, Check check, Known known) {
        String file = SeedCatalogue.PRACTICES;
        each(check, file, "group", s.practices().groups(), SeedFiles.GroupSeed::slug, (at, group) -> {
            at.slug(group.slug());
            at.required("position", group.position());
            at.required("titleEn", group.titleEn());
            at.required("titleFr", group.titleFr());
        });
        each(check, file, "practice", s.practices().practices(), PracticeSeed::slug, (at, practice) -> {
            at.slug(practice.slug());
            at.reference("group", practice.group(), known.groups(), "compendium group");
            at.required("titleEn", practice.titleEn());
            at.required("descriptionEn", practice.descriptionEn());
            at.references("countries", practice.countries(), known.countries(), "country");
            at.reference("region", practice.region(), known.regions(), "region");
            at.code("scope", practice.scope(), PracticeScope.class);
            at.code("actorType", practice.actorType(), ActorType.class);
            if (practice.actor() == null
                    && (practice.countries() == null || practice.countries().isEmpty())) {
                at.problem("countries", "a practice needs countries or an actor");
            }
            at.year("startYear", practice.startYear(), false);
            at.year("endYear", practice.endYear(), false);
            if (practice.startYear() != null
                    && practice.endYear() != null
                    && practice.endYear() < practice.startYear()) {
                at.problem(
                        "endYear", "ends (" + practice.endYear() + ") before it starts (" + practice.startYear() + ")");
            }
            if (practice.startDate() != null
                    && practice.endDate() != null
                    && practice.endDate().isBefore(practice.startDate())) {
                at.problem("endDate", "is before startDate");
            }
            at.references("themes", practice.themes(), known.themes().keySet(), "theme");
            at.references("gcmObjectives", practice.gcmObjectives(), known.objectives(), "GCM objective");
            at.references("gcmPrinciples", practice.gcmPrinciples(), known.principles(), "GCM principle");
            at.references("sdgTargets", practice.sdgTargets(), known.targets(), "SDG target");
            at.links(practice.links());
            if (practice.provenance() == null) {
                at.problem("provenance", "is required");
            } else {
                at.reference("provenance.source", practice.provenance().source(), known.sources(), "source");
            }
        });
    }

    private void validateInstruments(SeedCatalogue s, Check check, Known known) {
        String file = SeedCatalogue.INSTRUMENTS;
        if (s.instruments().source() == null
                || !known.sources().contains(s.instruments().source())) {
            check.problems.add(
                    file + ": field 'source': unknown source " + s.instruments().source());
        }
        each(check, file, "annex group", s.instruments().annexGroups(), SeedFiles.AnnexGroupSeed::slug, (at, group) -> {
            at.slug(group.slug());
            at.matches("annex", group.annex(), "[BC]", "B or C");
            at.required("position", group.position());
            at.required("titleEn", group.titleEn());
            at.required("titleFr", group.titleFr());
        });
        each(check, file, "instrument", s.instruments().instruments(), InstrumentSeed::slug, (at, instrument) -> {
            at.slug(instrument.slug());
            at.required("titleEn", instrument.titleEn());
            at.year("year", instrument.year(), false);
            at.code("type", instrument.type(), InstrumentType.class);
            at.required("body", instrument.body());
            at.required("binding", instrument.binding());
            at.reference("parent", instrument.parent(), known.instruments().keySet(), "instrument");
            if (instrument.annexGroups() == null || instrument.annexGroups().isEmpty()) {
                at.problem("annexGroups", "needs at least one annex group");
            }
            at.references("annexGroups", instrument.annexGroups(), known.annexGroups(), "annex group");
            at.references("gcmObjectives", instrument.gcmObjectives(), known.objectives(), "GCM objective");
            at.references("gcmPrinciples", instrument.gcmPrinciples(), known.principles(), "GCM principle");
            at.references("sdgTargets", instrument.sdgTargets(), known.targets(), "SDG target");
            at.links(instrument.links());
            OfficialRecord record = instrument.citation();
            if (record != null) {
                if (record.untsPage() != null && record.untsVolume() == null) {
                    at.problem("citation", "a Treaty Series page needs its volume");
                }
                if (!OfficialRecord.FIELDS.containsAll(record.unconfirmed())) {
                    at.problem("citation", "'unconfirmed' may only name " + OfficialRecord.FIELDS);
                }
            }
        });
        check.unique(
                file,
                "instrument",
                "code",
                orEmpty(s.instruments().instruments()).stream()
                        .map(InstrumentSeed::code)
                        .filter(c -> c != null)
                        .toList());
    }

    private void validateLinks(SeedCatalogue s, Check check, Known known) {
        String file = SeedCatalogue.LINKS;
        each(check, file, "link", s.links().links(), l -> l.from() + " " + l.relation() + " " + l.to(), (at, link) -> {
            at.code("relation", link.relation(), LinkRelation.class);
            at.entry("from", link.from(), known);
            at.entry("to", link.to(), known);
            LinkRelation relation =
                    Coded.fromCode(LinkRelation.class, link.relation()).orElse(null);
            EntryType from = typeOf(link.from());
            EntryType to = typeOf(link.to());
            if (relation != null && from != null && to != null && !relation.allows(from, to)) {
                at.problem("relation", "'" + link.relation() + "' cannot link " + from.code() + " → " + to.code());
            }
            if (link.from() != null && link.from().equals(link.to())) {
                at.problem("to", "an entry cannot link to itself");
            }
        });
        // Annotations have no key of their own: several may annotate one entry. They are named by position.
        each(check, file, "annotation", s.links().annotations(), a -> null, (at, annotation) -> {
            at.entry("target", annotation.target(), known);
            at.code("kind", annotation.kind(), AnnotationKind.class);
            at.code("visibility", annotation.visibility(), Visibility.class);
            at.required("author", annotation.author());
            at.required("created", annotation.created());
            if (blank(annotation.textEn()) && blank(annotation.textFr())) {
                at.problem("textEn", "an annotation needs a text in English or French");
            }
        });
    }

    private static EntryType typeOf(String reference) {
        return reference == null
                ? null
                : Coded.fromCode(EntryType.class, reference.split(":", 2)[0]).orElse(null);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> void each(
            Check check,
            String file,
            String what,
            List<T> items,
            Function<T, String> label,
            java.util.function.BiConsumer<At, T> rules) {
        if (items == null) {
            check.problems.add(file + ": the list of " + what + " entries is missing");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String name = label.apply(item);
            At at = new At(check, file + ": " + what + " " + (name == null ? "#" + (i + 1) : "'" + name + "'"));
            if (item == null) {
                at.problem("", "is empty");
                continue;
            }
            if (name != null && !seen.add(name)) {
                at.problem("", "appears more than once");
            }
            rules.accept(at, item);
        }
    }

    private static final class Check {
        private final List<String> problems = new ArrayList<>();

        void unique(String file, String what, String field, Collection<?> values) {
            Set<Object> seen = new HashSet<>();
            for (Object value : values) {
                if (value != null && !seen.add(value)) {
                    problems.add(file + ": " + what + " field '" + field + "': value " + value + " is used twice");
                }
            }
        }
    }

    /** Rules applied to one entry; every problem is prefixed with the file and the entry. */
    private record At(Check check, String where) {

        void problem(String field, String message) {
            check.problems.add(where + (field.isEmpty() ? "" : ": field '" + field + "'") + ": " + message);
        }

        void required(String field, Object value) {
            if (value == null || (value instanceof String text && text.isBlank())) {
                problem(field, "is required");
            }
        }

        void slug(String slug) {
            if (slug == null || !SLUG.matcher(slug).matches()) {
                problem("slug", "must be lower-case words joined by '-', got " + quote(slug));
            }
        }

        void matches(String field, String value, String regex, String expected) {
            if (value == null || !value.matches(regex)) {
                problem(field, "must be " + expected + ", got " + quote(value));
            }
        }

        void range(String field, Integer value, int min, int max) {
            if (value == null || value < min || value > max) {
                problem(field, "must be between " + min + " and " + max + ", got " + value);
            }
        }

        void year(String field, Integer year, boolean required) {
            if (year == null) {
                if (required) {
                    problem(field, "is required");
                }
            } else if (year < MIN_YEAR || year > MAX_YEAR) {
                problem(field, "is not a plausible year: " + year);
            }
        }

        <E extends Enum<E> & Coded> void code(String field, String value, Class<E> type) {
            if (value == null || Coded.fromCode(type, value).isEmpty()) {
                problem(field, "must be one of " + Coded.codesOf(type) + ", got " + quote(value));
            }
        }

        <K> void reference(String field, K value, Set<K> known, String what) {
            if (value != null && !known.contains(value)) {
                problem(field, "unknown " + what + " " + quote(value));
            }
        }

        <K> void references(String field, List<K> values, Set<K> known, String what) {
            if (values != null) {
                values.forEach(value -> reference(field, value, known, what));
                unique(field, values);
            }
        }

        void unique(String field, List<?> values) {
            if (values.size() != new HashSet<>(values).size()) {
                problem(field, "lists a value twice");
            }
        }

        void entry(String field, String reference, Known known) {
            if (reference == null || !known.hasEntry(reference)) {
                problem(
                        field,
                        "unknown entry " + quote(reference)
                                + " (expected theme:, practice: or instrument: and a slug)");
            }
        }

        void links(List<String> links) {
            if (links == null) {
                return;
            }
            for (String link : links) {
                if (!isWebAddress(link)) {
                    problem("links", "not an absolute http(s) address: " + quote(link));
                }
            }
            unique("links", links);
        }

        private static boolean isWebAddress(String link) {
            try {
                URI uri = URI.create(link);
                return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
            } catch (IllegalArgumentException | NullPointerException ex) {
                return false;
            }
        }

        private static String quote(Object value) {
            return value == null ? "nothing" : "'" + value + "'";
        }
    }
}
