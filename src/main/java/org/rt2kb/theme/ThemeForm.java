package org.rt2kb.theme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.rt2kb.curation.EntryForm;
import org.rt2kb.shared.form.FormText;

/**
 * The secretariat's form for a theme or another section of the paper: its place in the paper, its French text (the
 * paper's) and English summary (the project's), and its tags.
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

        @NotBlank(message = "{form.error.required}") @Size(max = 100_000, message = "{form.error.too-long}")
        String textFr,

        @NotBlank(message = "{form.error.required}") @Size(max = 20_000, message = "{form.error.too-long}")
        String summaryEn,

        List<Integer> gcmObjectives,
        List<String> gcmPrinciples,
        List<String> sdgTargets,
        List<String> concepts,
        int version)
        implements EntryForm {

    public ThemeForm {
        enUnofficial = Boolean.TRUE.equals(enUnofficial);
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
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);
    }
}
