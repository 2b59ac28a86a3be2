package org.rt2kb.theme;

import static org.rt2kb.shared.form.FormText.orNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.rt2kb.curation.EntryForm;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.form.FormText;

/**
 * The secretariat's form for a theme or another section of the paper: its place in the paper, its French text (the
 * paper's) and English summary (the project's), their Spanish translations, and its tags.
 */
public record ThemeForm(
        @NotBlank(message = "{form.error.required}")
        @Size(max = 120, message = "{form.error.too-long}")
        @Pattern(regexp = FormText.SLUG, message = "{form.error.slug}")
        String slug,

        @Size(max = 20, message = "{form.error.too-long}") String section,
        @NotNull(message = "{form.error.required}") ThemeKind kind,
        String parent,

        @NotNull(message = "{form.error.required}")
        @Min(value = 1, message = "{form.error.min}")
        @Max(value = 9999, message = "{form.error.max}")
        Integer position,

        @NotBlank(message = "{form.error.required}") @Size(max = 300, message = "{form.error.too-long}")
        String titleFr,

        @NotBlank(message = "{form.error.required}") @Size(max = 300, message = "{form.error.too-long}")
        String titleEn,

        Boolean enUnofficial,

        @Size(max = 300, message = "{form.error.too-long}") String titleEs,
        Boolean esUnofficial,

        @NotBlank(message = "{form.error.required}") @Size(max = 100_000, message = "{form.error.too-long}")
        String textFr,

        @Size(max = 100_000, message = "{form.error.too-long}")
        String textEs,

        @NotBlank(message = "{form.error.required}") @Size(max = 20_000, message = "{form.error.too-long}")
        String summaryEn,

        @Size(max = 20_000, message = "{form.error.too-long}")
        String summaryEs,

        List<Integer> gcmObjectives,
        List<String> gcmPrinciples,
        List<String> sdgTargets,
        List<String> concepts,
        int version)
        implements EntryForm {

    public ThemeForm {
        enUnofficial = Boolean.TRUE.equals(enUnofficial);
        esUnofficial = Boolean.TRUE.equals(esUnofficial);
    }

    static ThemeForm blank() {
        return new ThemeForm(
                null,
                null,
                ThemeKind.SUB_THEME,
                null,
                null,
                null,
                null,
                true,
                null,
                true,
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

    /** The paper's French title with the project's translations. */
    Multilingual title() {
        return Multilingual.of(titleEn.strip(), enUnofficial, titleFr.strip(), false, orNull(titleEs), esUnofficial);
    }

    /** The paper's French text with the project's translation. */
    Multilingual text() {
        return Multilingual.of(null, false, textFr.strip(), false, orNull(textEs), esUnofficial);
    }

    /** The project's English summary with its translation. */
    Multilingual summary() {
        return Multilingual.of(summaryEn.strip(), false, null, false, orNull(summaryEs), esUnofficial);
    }
}
