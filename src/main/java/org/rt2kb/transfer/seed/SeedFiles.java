package org.rt2kb.transfer.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rt2kb.instrument.OfficialRecord;
import org.rt2kb.shared.Multilingual;

/**
 * The shape of the files in {@code seeds/}, one record per kind of object (see {@code seeds/README.md}). The same
 * shape is used by the catalogue export, so what is exported can be imported again.
 */
public final class SeedFiles {

    private SeedFiles() {}

    public record SourcesFile(List<SourceSeed> sources) {}

    public record SourceSeed(
            String slug,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            String titleEs,
            boolean esUnofficial,
            Integer year,
            String forum,
            String roundtable,
            String penholder,
            List<String> coChairs,
            List<String> languages,
            String note,
            String practicesCaveatEn,
            String practicesCaveatFr,
            String practicesCaveatEs,
            List<String> links) {

        public Multilingual title() {
            return Multilingual.of(titleEn, enUnofficial, titleFr, false, titleEs, esUnofficial);
        }

        public Multilingual practicesCaveat() {
            return Multilingual.of(practicesCaveatEn, false, practicesCaveatFr, false, practicesCaveatEs, esUnofficial);
        }
    }

    public record ThemesFile(List<ThemeSeed> themes, List<GapSeed> gaps, List<QuestionSeed> guidingQuestions) {}

    public record ThemeSeed(
            String slug,
            String section,
            String kind,
            String parent,
            Integer position,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            String titleEs,
            boolean esUnofficial,
            String textFr,
            String textEs,
            String summaryEn,
            String summaryEs,
            List<NoteSeed> notes,
            List<String> gcmPrinciples,
            String source) {

        /** The paper's French title, with the project's English and Spanish ones. */
        public Multilingual title() {
            return Multilingual.of(titleEn, enUnofficial, titleFr, false, titleEs, esUnofficial);
        }

        /** The paper's French text, with its Spanish translation. */
        public Multilingual text() {
            return Multilingual.of(null, false, textFr, false, textEs, esUnofficial);
        }

        /** The project's English summary, with its Spanish translation. */
        public Multilingual summary() {
            return Multilingual.of(summaryEn, false, null, false, summaryEs, esUnofficial);
        }
    }

    /** A footnote of the paper; its Spanish text is always the project's translation. */
    public record NoteSeed(Integer number, String textFr, String textEs) {

        public Multilingual text() {
            return Multilingual.of(null, false, textFr, false, textEs, true);
        }
    }

    public record GapSeed(
            String slug,
            Integer position,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            String titleEs,
            boolean esUnofficial,
            List<String> themes) {

        public Multilingual title() {
            return Multilingual.of(titleEn, enUnofficial, titleFr, false, titleEs, esUnofficial);
        }
    }

    public record QuestionSeed(
            Integer number,
            String textFr,
            String textEn,
            boolean enUnofficial,
            String textEs,
            boolean esUnofficial,
            List<String> themes) {

        public Multilingual text() {
            return Multilingual.of(textEn, enUnofficial, textFr, false, textEs, esUnofficial);
        }
    }

    public record PracticesFile(List<GroupSeed> groups, List<PracticeSeed> practices) {}

    public record GroupSeed(
            String slug,
            Integer position,
            String titleEn,
            String titleFr,
            boolean frUnofficial,
            String titleEs,
            boolean esUnofficial) {

        public GroupSeed(String slug, Integer position, Multilingual title) {
            this(
                    slug,
                    position,
                    title.en(),
                    title.fr(),
                    title.isUnofficialIn("fr"),
                    title.get("es"),
                    title.isUnofficialIn("es"));
        }

        public Multilingual title() {
            return Multilingual.of(titleEn, false, titleFr, frUnofficial, titleEs, esUnofficial);
        }
    }

    public record PracticeSeed(
            String slug,
            Integer number,
            String group,
            String titleEn,
            boolean enUnofficial,
            String titleFr,
            boolean frUnofficial,
            String titleEs,
            boolean esUnofficial,
            String descriptionEn,
            String descriptionFr,
            String descriptionEs,
            List<String> countries,
            String actor,
            String region,
            String scope,
            String actorType,
            Integer startYear,
            Integer endYear,
            LocalDate startDate,
            LocalDate endDate,
            List<String> themes,
            List<Integer> gcmObjectives,
            List<String> gcmPrinciples,
            List<String> sdgTargets,
            String statusNoteEn,
            String statusNoteFr,
            String statusNoteEs,
            List<String> links,
            ProvenanceSeed provenance) {

        public Multilingual title() {
            return Multilingual.of(titleEn, enUnofficial, titleFr, frUnofficial, titleEs, esUnofficial);
        }

        /** The paper's English description, with its translations. */
        public Multilingual description() {
            return Multilingual.of(descriptionEn, false, descriptionFr, frUnofficial, descriptionEs, esUnofficial);
        }

        public Multilingual statusNote() {
            return Multilingual.of(statusNoteEn, statusNoteFr, statusNoteEs);
        }
    }

    public record ProvenanceSeed(String source, String annex, String pageGroup) {}

    public record InstrumentsFile(String source, List<AnnexGroupSeed> annexGroups, List<InstrumentSeed> instruments) {}

    public record AnnexGroupSeed(
            String slug,
            String annex,
            Integer position,
            String titleEn,
            String titleFr,
            boolean frUnofficial,
            String titleEs,
            boolean esUnofficial) {

        public AnnexGroupSeed(String slug, String annex, Integer position, Multilingual title) {
            this(
                    slug,
                    annex,
                    position,
                    title.en(),
                    title.fr(),
                    title.isUnofficialIn("fr"),
                    title.get("es"),
                    title.isUnofficialIn("es"));
        }

        public Multilingual title() {
            return Multilingual.of(titleEn, false, titleFr, frUnofficial, titleEs, esUnofficial);
        }
    }

    public record InstrumentSeed(
            String slug,
            String code,
            String acronym,
            String acronymFr,
            String titleEn,
            String titleFr,
            boolean frUnofficial,
            String titleEs,
            boolean esUnofficial,
            Map<String, List<String>> aliases,
            Integer year,
            String type,
            String body,
            Boolean binding,
            OfficialRecord citation,
            String parent,
            List<String> annexGroups,
            Integer position,
            List<String> links,
            List<Integer> gcmObjectives,
            List<String> gcmPrinciples,
            List<String> sdgTargets) {

        /** The titles, official unless flagged: a French or Spanish title may be the project's own. */
        public Multilingual title() {
            return Multilingual.of(titleEn, false, titleFr, frUnofficial, titleEs, esUnofficial);
        }
    }

    public record LinksFile(List<LinkSeed> links, List<AnnotationSeed> annotations) {}

    public record LinkSeed(String from, String to, String relation, String note) {}

    public record AnnotationSeed(
            String target,
            String kind,
            String visibility,
            String author,
            LocalDate created,
            LocalDate updated,
            String textEn,
            String textFr,
            boolean frUnofficial,
            String textEs,
            boolean esUnofficial) {

        public Multilingual text() {
            return Multilingual.of(textEn, false, textFr, frUnofficial, textEs, esUnofficial);
        }
    }

    public record ObjectivesFile(List<ObjectiveSeed> objectives) {}

    public record ObjectiveSeed(
            Integer number,
            String titleEn,
            String titleFr,
            String titleEs,
            boolean frUnofficial,
            boolean esUnofficial) {

        public ObjectiveSeed(Integer number, Multilingual title) {
            this(
                    number,
                    title.en(),
                    title.fr(),
                    title.get("es"),
                    title.isUnofficialIn("fr"),
                    title.isUnofficialIn("es"));
        }

        public Multilingual title() {
            return texts(titleEn, titleFr, titleEs, frUnofficial, esUnofficial);
        }
    }

    public record PrinciplesFile(List<PrincipleSeed> principles) {}

    public record PrincipleSeed(
            String slug,
            Integer position,
            String titleEn,
            String titleFr,
            String titleEs,
            boolean frUnofficial,
            boolean esUnofficial) {

        public PrincipleSeed(String slug, Integer position, Multilingual title) {
            this(
                    slug,
                    position,
                    title.en(),
                    title.fr(),
                    title.get("es"),
                    title.isUnofficialIn("fr"),
                    title.isUnofficialIn("es"));
        }

        public Multilingual title() {
            return texts(titleEn, titleFr, titleEs, frUnofficial, esUnofficial);
        }
    }

    public record TargetsFile(List<TargetSeed> targets) {}

    public record TargetSeed(
            String code,
            Integer goal,
            String titleEn,
            String titleFr,
            String titleEs,
            boolean frUnofficial,
            boolean esUnofficial) {

        public TargetSeed(String code, Integer goal, Multilingual title) {
            this(
                    code,
                    goal,
                    title.en(),
                    title.fr(),
                    title.get("es"),
                    title.isUnofficialIn("fr"),
                    title.isUnofficialIn("es"));
        }

        public Multilingual title() {
            return texts(titleEn, titleFr, titleEs, frUnofficial, esUnofficial);
        }
    }

    public record RegionsFile(List<RegionSeed> regions) {}

    public record RegionSeed(String code, String slug, String nameEn, String nameFr, String nameEs, String parent) {

        public RegionSeed(String code, String slug, Multilingual name, String parent) {
            this(code, slug, name.en(), name.fr(), name.get("es"), parent);
        }

        public Multilingual name() {
            return texts(nameEn, nameFr, nameEs, false, false);
        }
    }

    public record CountriesFile(List<CountrySeed> countries) {}

    public record CountrySeed(String code, String alpha3, String nameEn, String nameFr, String nameEs, String region) {

        public CountrySeed(String code, String alpha3, Multilingual name, String region) {
            this(code, alpha3, name.en(), name.fr(), name.get("es"), region);
        }

        public Multilingual name() {
            return texts(nameEn, nameFr, nameEs, false, false);
        }
    }

    public record BodiesFile(List<BodySeed> bodies) {}

    /** An issuing body: {@code key} is the name instruments give in their {@code body} field. */
    public record BodySeed(
            String key,
            String nameEn,
            String nameFr,
            String nameEs,
            String acronymEn,
            String acronymFr,
            String acronymEs) {

        public BodySeed(String key, Multilingual name, Multilingual acronym) {
            this(key, name.en(), name.fr(), name.get("es"), acronym.en(), acronym.fr(), acronym.get("es"));
        }

        public Multilingual name() {
            return Multilingual.of(nameEn, nameFr, nameEs);
        }

        public Multilingual acronym() {
            return Multilingual.of(acronymEn, acronymFr, acronymEs);
        }
    }

    public record ThesaurusFile(String source, List<ConceptSeed> concepts) {}

    public record ConceptSeed(
            String id,
            String prefEn,
            String prefFr,
            String prefEs,
            List<String> altEn,
            List<String> altFr,
            List<String> altEs,
            List<String> broader,
            String noteEn,
            String noteFr,
            String noteEs,
            List<String> exactMatch) {

        public Map<String, List<String>> alt() {
            return Map.of("en", orEmpty(altEn), "fr", orEmpty(altFr), "es", orEmpty(altEs));
        }

        private static List<String> orEmpty(List<String> labels) {
            return labels == null ? List.of() : labels;
        }
    }

    public record ConceptTagsFile(List<ConceptTagSeed> tags) {}

    /** The concepts an entry is about; {@code entry} is "type:slug". */
    public record ConceptTagSeed(String entry, List<String> concepts) {}

    /** A text in English, French and Spanish from a seed's fields, with the flags of its translations. */
    static Multilingual texts(String en, String fr, String es, boolean frUnofficial, boolean esUnofficial) {
        return Multilingual.of(en, false, fr, frUnofficial, es, esUnofficial);
    }

    private static boolean unofficial(Multilingual text, String language) {
        return text.unofficial().contains(language);
    }
}
