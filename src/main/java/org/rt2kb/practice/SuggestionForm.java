package org.rt2kb.practice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A practice suggested through the public form, with who suggested it. The practice's fields become a draft; the
 * contact fields (name, e-mail, organisation, message) are for the secretariat only and are kept apart from it.
 * Countries are typed as ISO codes ("EC, PE") and links one address per line, as in the secretariat's form.
 */
public record SuggestionForm(
        @NotBlank(message = "{form.error.required}") @Size(max = 300, message = "{form.error.too-long}")
        String title,

        @NotBlank(message = "{form.error.required}") @Size(max = 5_000, message = "{form.error.too-long}")
        String description,

        /** The language the practice is described in, whatever the interface's. */
        @Pattern(regexp = "en|fr|es", message = "{form.error.unknown-choice}")
        String language,

        @Size(max = 500, message = "{form.error.too-long}") String countries,

        @Min(value = 1900, message = "{form.error.min}") @Max(value = 2100, message = "{form.error.max}")
        Integer year,

        @Size(max = 5_000, message = "{form.error.too-long}")
        String links,

        /** Slugs of the themes the practice illustrates, as ticked. */
        List<String> themes,

        /** Numbers of the GCM objectives it serves, as ticked; kept as text so that a stray value is reported. */
        List<String> gcmObjectives,

        @NotBlank(message = "{form.error.required}") @Size(max = 200, message = "{form.error.too-long}")
        String name,

        @NotBlank(message = "{form.error.required}")
        @Size(max = 254, message = "{form.error.too-long}")
        @Email(regexp = "(.+@[^@\\s]+\\.[^@\\s]+)?", message = "{suggest.error.email}")
        String email,

        @Size(max = 300, message = "{form.error.too-long}") String organisation,

        @Size(max = 5_000, message = "{form.error.too-long}")
        String message) {

    /** An empty form, for a practice described in {@code language} unless the suggester picks another. */
    static SuggestionForm blank(String language) {
        return new SuggestionForm(null, null, language, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The practice as the secretariat's form would hold it, at the address given, as a draft for editors to complete.
     * The text goes into the fields of the language it was written in. The English title and description are
     * required by the catalogue, so French or Spanish text is also put there, marked as a translation still to be
     * done. {@code language} is the one the suggester chose, or the interface's when the form did not say;
     * {@code countryCodes} the countries typed, read as ISO codes.
     */
    PracticeForm toPractice(String slug, String language, List<String> countryCodes) {
        String title = strip(this.title);
        String description = strip(this.description);
        boolean english = "en".equals(language);
        boolean french = "fr".equals(language);
        boolean spanish = "es".equals(language);
        return PracticeForm.builder()
                .slug(slug)
                .titleEn(title)
                .enUnofficial(!english)
                .titleFr(french ? title : null)
                .frUnofficial(!french)
                .titleEs(spanish ? title : null)
                .esUnofficial(!spanish)
                .descriptionEn(description)
                .descriptionFr(french ? description : null)
                .descriptionEs(spanish ? description : null)
                .countries(String.join(", ", countryCodes))
                .scope(PracticeScope.NATIONAL)
                .actorType(ActorType.GOVERNMENT)
                .startYear(year)
                .links(links)
                .themes(themes == null ? List.of() : List.copyOf(themes))
                .gcmObjectives(gcmNumbers())
                .version(0)
                .build();
    }

    /** The GCM objectives ticked that are numbers; others are refused by the check before anything is saved. */
    List<Integer> gcmNumbers() {
        return gcmObjectives == null
                ? List.of()
                : gcmObjectives.stream()
                        .filter(n -> n != null && n.matches("\\d{1,3}"))
                        .map(Integer::valueOf)
                        .toList();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
