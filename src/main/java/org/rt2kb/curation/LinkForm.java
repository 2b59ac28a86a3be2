package org.rt2kb.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rt2kb.annotation.LinkRelation;

/** The form of a link from an entry to another: the relation, the other entry ("type:slug") and a note. */
public record LinkForm(
        @NotNull(message = "{form.error.required}") LinkRelation relation,
        @NotBlank(message = "{form.error.required}") String target,
        @Size(max = 2000, message = "{form.error.too-long}") String note,
        int version) {

    static LinkForm blank(int version) {
        return new LinkForm(null, null, null, version);
    }
}
