package org.rt2kb.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.rt2kb.curation.EntryForm;
import org.rt2kb.shared.form.FormText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The secretariat's form for a practice, English, French and Spanish side by side. Countries are typed as ISO codes ("EC, PE")
 * and links one address per line, as editors paste them; the lists are the values of check boxes.
 */
public record PracticeForm(
        @NotBlank(message = "{form.error.required}")
        @Size(max = 120, message = "{form.error.too-long}")
        @Pattern(regexp = FormText.SLUG, message = "{form.error.slug}")
        String slug,

        @Min(value = 1, message = "{form.error.min}") @Max(value = 9999, message = "{form.error.max}")
        Integer number,

        String group,

        @NotBlank(message = "{form.error.required}") @Size(max = 300, message = "{form.error.too-long}")
        String titleEn,

        Boolean enUnofficial,
        @Size(max = 300, message = "{form.error.too-long}") String titleFr,
        Boolean frUnofficial,
        @Size(max = 300, message = "{form.error.too-long}") String titleEs,
        Boolean esUnofficial,

        @NotBlank(message = "{form.error.required}") @Size(max = 20_000, message = "{form.error.too-long}")
        String descriptionEn,

        @Size(max = 20_000, message = "{form.error.too-long}")
        String descriptionFr,

        @Size(max = 20_000, message = "{form.error.too-long}")
        String descriptionEs,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String countries,

        @Size(max = 300, message = "{form.error.too-long}") String actor,
        String region,
        @NotNull(message = "{form.error.required}") PracticeScope scope,
        @NotNull(message = "{form.error.required}") ActorType actorType,

        @Min(value = 1900, message = "{form.error.min}") @Max(value = 2100, message = "{form.error.max}")
        Integer startYear,

        @Min(value = 1900, message = "{form.error.min}") @Max(value = 2100, message = "{form.error.max}")
        Integer endYear,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String statusNoteEn,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String statusNoteFr,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String statusNoteEs,

        @Size(max = 10_000, message = "{form.error.too-long}")
        String links,

        List<String> themes,
        List<Integer> gcmObjectives,
        List<String> gcmPrinciples,
        List<String> sdgTargets,
        List<String> concepts,
        int version)
        implements EntryForm {

    public PracticeForm {
        enUnofficial = Boolean.TRUE.equals(enUnofficial); // an unticked box sends nothing
        frUnofficial = Boolean.TRUE.equals(frUnofficial);
        esUnofficial = Boolean.TRUE.equals(esUnofficial);
    }

    /** A blank form for a new practice. */
    static PracticeForm blank() {
        return builder()
                .enUnofficial(false)
                .frUnofficial(true)
                .esUnofficial(true)
                .scope(PracticeScope.NATIONAL)
                .actorType(ActorType.GOVERNMENT)
                .build();
    }

    /** The country codes typed, upper-cased, in order. */
    List<String> countryCodes() {
        return words(countries).stream()
                .map(c -> c.toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** The addresses typed, one per line. */
    List<String> linkList() {
        return FormText.lines(links);
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.asList(text.strip().split("[\\s,;]+"));
    }

    /** A form built field by field, by name: most fields are often left empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** This form's fields in a builder, to copy it with some of them changed. */
    public Builder toBuilder() {
        return new Builder()
                .slug(slug)
                .number(number)
                .group(group)
                .titleEn(titleEn)
                .enUnofficial(enUnofficial)
                .titleFr(titleFr)
                .frUnofficial(frUnofficial)
                .titleEs(titleEs)
                .esUnofficial(esUnofficial)
                .descriptionEn(descriptionEn)
                .descriptionFr(descriptionFr)
                .descriptionEs(descriptionEs)
                .countries(countries)
                .actor(actor)
                .region(region)
                .scope(scope)
                .actorType(actorType)
                .startYear(startYear)
                .endYear(endYear)
                .startDate(startDate)
                .endDate(endDate)
                .statusNoteEn(statusNoteEn)
                .statusNoteFr(statusNoteFr)
                .statusNoteEs(statusNoteEs)
                .links(links)
                .themes(themes)
                .gcmObjectives(gcmObjectives)
                .gcmPrinciples(gcmPrinciples)
                .sdgTargets(sdgTargets)
                .concepts(concepts)
                .version(version);
    }

    public PracticeForm withThemes(List<String> themes) {
        return toBuilder().themes(themes).build();
    }

    public PracticeForm withConcepts(List<String> concepts) {
        return toBuilder().concepts(concepts).build();
    }

    /** Builds a {@link PracticeForm} by field name; unset lists are empty. */
    public static final class Builder {

        private String slug;
        private Integer number;
        private String group;
        private String titleEn;
        private Boolean enUnofficial;
        private String titleFr;
        private Boolean frUnofficial;
        private String titleEs;
        private Boolean esUnofficial;
        private String descriptionEn;
        private String descriptionFr;
        private String descriptionEs;
        private String countries;
        private String actor;
        private String region;
        private PracticeScope scope;
        private ActorType actorType;
        private Integer startYear;
        private Integer endYear;
        private LocalDate startDate;
        private LocalDate endDate;
        private String statusNoteEn;
        private String statusNoteFr;
        private String statusNoteEs;
        private String links;
        private List<String> themes;
        private List<Integer> gcmObjectives;
        private List<String> gcmPrinciples;
        private List<String> sdgTargets;
        private List<String> concepts;
        private int version;

        private Builder() {}

        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Builder number(Integer number) {
            this.number = number;
            return this;
        }

        public Builder group(String group) {
            this.group = group;
            return this;
        }

        public Builder titleEn(String titleEn) {
            this.titleEn = titleEn;
            return this;
        }

        public Builder enUnofficial(Boolean enUnofficial) {
            this.enUnofficial = enUnofficial;
            return this;
        }

        public Builder titleFr(String titleFr) {
            this.titleFr = titleFr;
            return this;
        }

        public Builder frUnofficial(Boolean frUnofficial) {
            this.frUnofficial = frUnofficial;
            return this;
        }

        public Builder titleEs(String titleEs) {
            this.titleEs = titleEs;
            return this;
        }

        public Builder esUnofficial(Boolean esUnofficial) {
            this.esUnofficial = esUnofficial;
            return this;
        }

        public Builder descriptionEn(String descriptionEn) {
            this.descriptionEn = descriptionEn;
            return this;
        }

        public Builder descriptionFr(String descriptionFr) {
            this.descriptionFr = descriptionFr;
            return this;
        }

        public Builder descriptionEs(String descriptionEs) {
            this.descriptionEs = descriptionEs;
            return this;
        }

        public Builder countries(String countries) {
            this.countries = countries;
            return this;
        }

        public Builder actor(String actor) {
            this.actor = actor;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder scope(PracticeScope scope) {
            this.scope = scope;
            return this;
        }

        public Builder actorType(ActorType actorType) {
            this.actorType = actorType;
            return this;
        }

        public Builder startYear(Integer startYear) {
            this.startYear = startYear;
            return this;
        }

        public Builder endYear(Integer endYear) {
            this.endYear = endYear;
            return this;
        }

        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        public Builder endDate(LocalDate endDate) {
            this.endDate = endDate;
            return this;
        }

        public Builder statusNoteEn(String statusNoteEn) {
            this.statusNoteEn = statusNoteEn;
            return this;
        }

        public Builder statusNoteFr(String statusNoteFr) {
            this.statusNoteFr = statusNoteFr;
            return this;
        }

        public Builder statusNoteEs(String statusNoteEs) {
            this.statusNoteEs = statusNoteEs;
            return this;
        }

        public Builder links(String links) {
            this.links = links;
            return this;
        }

        public Builder themes(List<String> themes) {
            this.themes = themes;
            return this;
        }

        public Builder gcmObjectives(List<Integer> gcmObjectives) {
            this.gcmObjectives = gcmObjectives;
            return this;
        }

        public Builder gcmPrinciples(List<String> gcmPrinciples) {
            this.gcmPrinciples = gcmPrinciples;
            return this;
        }

        public Builder sdgTargets(List<String> sdgTargets) {
            this.sdgTargets = sdgTargets;
            return this;
        }

        public Builder concepts(List<String> concepts) {
            this.concepts = concepts;
            return this;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public PracticeForm build() {
            return new PracticeForm(
                    slug,
                    number,
                    group,
                    titleEn,
                    enUnofficial,
                    titleFr,
                    frUnofficial,
                    titleEs,
                    esUnofficial,
                    descriptionEn,
                    descriptionFr,
                    descriptionEs,
                    countries,
                    actor,
                    region,
                    scope,
                    actorType,
                    startYear,
                    endYear,
                    startDate,
                    endDate,
                    statusNoteEn,
                    statusNoteFr,
                    statusNoteEs,
                    links,
                    listOrEmpty(themes),
                    listOrEmpty(gcmObjectives),
                    listOrEmpty(gcmPrinciples),
                    listOrEmpty(sdgTargets),
                    listOrEmpty(concepts),
                    version);
        }

        private static <T> List<T> listOrEmpty(List<T> values) {
            return values == null ? List.of() : values;
        }
    }
}
