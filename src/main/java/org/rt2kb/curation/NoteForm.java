package org.rt2kb.curation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.AnnotationKind;
import org.rt2kb.annotation.Visibility;
import org.rt2kb.shared.form.FormText;

/** The form of a note on an entry: its kind, who may read it, and its text in English, French or both. */
public record NoteForm(
        @NotNull(message = "{form.error.required}") AnnotationKind kind,
        @NotNull(message = "{form.error.required}") Visibility visibility,

        @Size(max = 10_000, message = "{form.error.too-long}")
        String textEn,

        @Size(max = 10_000, message = "{form.error.too-long}")
        String textFr,

        Boolean frUnofficial,
        int version) {

    public NoteForm {
        frUnofficial = Boolean.TRUE.equals(frUnofficial);
    }

    static NoteForm blank() {
        return new NoteForm(AnnotationKind.CONTEXT, Visibility.PUBLIC, null, null, false, 0);
    }

    static NoteForm of(Annotation note) {
        return new NoteForm(
                note.getKind(),
                note.getVisibility(),
                note.getTextEn(),
                note.getTextFr(),
                note.isFrUnofficial(),
                note.getVersion());
    }

    /** A note needs a text in at least one language. */
    boolean hasText() {
        return FormText.orNull(textEn) != null || FormText.orNull(textFr) != null;
    }
}
