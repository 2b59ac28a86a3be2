package org.rt2kb.thesaurus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.rt2kb.shared.form.FormText;

/**
 * The form of a thesaurus concept: labels in both languages (alternatives one per line), note, the same concept in
 * other vocabularies (URIs one per line), broader concepts.
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

        @Size(max = 5_000, message = "{form.error.too-long}")
        String altEn,

        @Size(max = 5_000, message = "{form.error.too-long}")
        String altFr,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String noteEn,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String noteFr,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String exactMatch,

        List<String> broader,
        int version) {

    static ConceptForm blank() {
        return new ConceptForm(null, null, null, null, null, null, null, null, List.of(), 0);
    }

    static ConceptForm of(Concept c) {
        return new ConceptForm(
                c.getId(),
                c.getLabel().en(),
                c.getLabel().fr(),
                String.join("\n", c.getAltEn()),
                String.join("\n", c.getAltFr()),
                c.getNote() == null ? null : c.getNote().en(),
                c.getNote() == null ? null : c.getNote().fr(),
                String.join("\n", c.getExactMatch()),
                c.getBroader().stream().map(Concept::getId).sorted().toList(),
                c.getVersion());
    }

    List<String> broaderIds() {
        return broader == null ? List.of() : broader;
    }
}
