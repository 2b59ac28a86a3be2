package org.rt2kb.thesaurus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.form.FormText;

/**
 * The form of a thesaurus concept: labels in each language (English and French required, alternatives one per line),
 * note, the same concept in other vocabularies (URIs one per line), broader concepts.
 */
public record ConceptForm(
        @NotBlank(message = "{form.error.required}")
        @Size(max = 80, message = "{form.error.too-long}")
        @Pattern(regexp = FormText.SLUG, message = "{form.error.slug}")
        String id,

        @NotBlank(message = "{form.error.required}") @Size(max = 200, message = "{form.error.too-long}")
        String prefEn,

        @NotBlank(message = "{form.error.required}") @Size(max = 200, message = "{form.error.too-long}")
        String prefFr,

        @Size(max = 200, message = "{form.error.too-long}") String prefEs,

        @Size(max = 5_000, message = "{form.error.too-long}")
        String altEn,

        @Size(max = 5_000, message = "{form.error.too-long}")
        String altFr,

        @Size(max = 5_000, message = "{form.error.too-long}")
        String altEs,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String noteEn,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String noteFr,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String noteEs,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String exactMatch,

        List<String> broader,
        int version) {

    static ConceptForm blank() {
        return new ConceptForm(null, null, null, null, null, null, null, null, null, null, null, List.of(), 0);
    }

    static ConceptForm of(Concept c) {
        Multilingual note = c.getNote();
        return new ConceptForm(
                c.getId(),
                c.getLabel().get("en"),
                c.getLabel().get("fr"),
                c.getLabel().get("es"),
                String.join("\n", c.alt("en")),
                String.join("\n", c.alt("fr")),
                String.join("\n", c.alt("es")),
                note == null ? null : note.get("en"),
                note == null ? null : note.get("fr"),
                note == null ? null : note.get("es"),
                String.join("\n", c.getExactMatch()),
                c.getBroader().stream().map(Concept::getId).sorted().toList(),
                c.getVersion());
    }

    Multilingual pref() {
        return byLanguage(prefEn, prefFr, prefEs);
    }

    Map<String, List<String>> alt() {
        return Map.of(
                "en", FormText.lines(altEn),
                "fr", FormText.lines(altFr),
                "es", FormText.lines(altEs));
    }

    Multilingual note() {
        return byLanguage(noteEn, noteFr, noteEs);
    }

    List<String> broaderIds() {
        return broader == null ? List.of() : broader;
    }

    private static Multilingual byLanguage(String en, String fr, String es) {
        return Multilingual.of(FormText.orNull(en), FormText.orNull(fr), FormText.orNull(es));
    }
}
