package org.rt2kb.practice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction to a published entry suggested through the public form: the entry ("practice:slug"), the part that is
 * wrong, what is wrong with it and the text proposed instead. Name and e-mail are optional, for the secretariat only.
 */
public record CorrectionForm(
        @NotBlank(message = "{form.error.required}") @Size(max = 200, message = "{form.error.too-long}")
        String entry,

        @NotBlank(message = "{form.error.required}") String part,

        @NotBlank(message = "{form.error.required}") @Size(max = 5_000, message = "{form.error.too-long}")
        String problem,

        @Size(max = 5_000, message = "{form.error.too-long}")
        String proposal,

        @Size(max = 200, message = "{form.error.too-long}") String name,

        @Size(max = 254, message = "{form.error.too-long}")
        @Email(regexp = "(.+@[^@\\s]+\\.[^@\\s]+)?", message = "{suggest.error.email}")
        String email) {

    /** The fields of the error summary and of the page, in order. */
    static final String[] FIELDS = {"entry", "part", "problem", "proposal", "name", "email"};

    /** An empty form for the entry named "type:slug", about no part in particular until the reader says. */
    static CorrectionForm blank(String entry) {
        return new CorrectionForm(entry, "other", null, null, null, null);
    }
}
