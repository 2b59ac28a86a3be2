package org.rt2kb.curation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.AnnotationKind;
import org.rt2kb.annotation.Visibility;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.form.FormText;

/** The form of a note on an entry: its kind, who may read it, and its text in one or more languages. */
public record NoteForm(
        @NotNull(message = "{form.error.required}") AnnotationKind kind,
        @NotNull(message = "{form.error.required}") Visibility visibility,

        @Size(max = 10_000, message = "{form.error.too-long}")
        String textEn,

        @Size(max = 10_000, message = "{form.error.too-long}")
        String textFr,

        Boolean frUnofficial,

        @Size(max = 10_000, message = "{form.error.too-long}")
        String textEs,

        Boolean esUnofficial,
        int version) {

    public NoteForm {
        frUnofficial = Boolean.TRUE.equals(frUnofficial);
        esUnofficial = Boolean.TRUE.equals(esUnofficial);
    }

    static NoteForm blank() {
        return new NoteForm(AnnotationKind.CONTEXT, Visibility.PUBLIC, null, null, false, null, false, 0);
    }

    static NoteForm of(Annotation note) {
        Multilingual text = note.getText();
        return new NoteForm(
                note.getKind(),
                note.getVisibility(),
                text.en(),
                text.fr(),
                text.isUnofficialIn("fr"),
                text.get("es"),
                text.isUnofficialIn("es"),
                note.getVersion());
    }

    /** The note's text in each language written, with its flags. */
    Multilingual text() {
        return Multilingual.of(
                FormText.orNull(textEn),
                false,
                FormText.orNull(textFr),
                frUnofficial,
                FormText.orNull(textEs),
                esUnofficial);
    }

    /** A note needs a text in at least one language. */
    boolean hasText() {
        return !text().isEmpty();
    }
}
