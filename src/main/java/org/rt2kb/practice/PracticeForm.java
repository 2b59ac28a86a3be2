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
 * The secretariat's form for a practice, English and French side by side. Countries are typed as ISO codes ("EC, PE")
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

        @NotBlank(message = "{form.error.required}") @Size(max = 20_000, message = "{form.error.too-long}")
        String descriptionEn,

        @Size(max = 20_000, message = "{form.error.too-long}")
        String descriptionFr,

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

        @Size(max = 10_000, message = "{form.error.too-long}")
        String links,

        List<String> themes,
        List<Integer> gcmObjectives,
        List<String> sdgTargets,
        List<String> concepts,
        int version)
        implements EntryForm {

    public PracticeForm {
        enUnofficial = Boolean.TRUE.equals(enUnofficial); // an unticked box sends nothing
        frUnofficial = Boolean.TRUE.equals(frUnofficial);
    }

    /** A blank form for a new practice. */
    static PracticeForm blank() {
        return new PracticeForm(
                null,
                null,
                null,
                null,
                false,
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                PracticeScope.NATIONAL,
                ActorType.GOVERNMENT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);
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
}
