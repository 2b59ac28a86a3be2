package org.rt2kb.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A row of a reference list as the form shows it. {@code alpha3} and {@code region} concern countries only.
 */
public record ReferenceItemForm(
        @NotBlank(message = "{form.error.required}") @Size(max = 10, message = "{form.error.too-long}")
        String code,

        @NotBlank(message = "{form.error.required}") @Size(max = 300, message = "{form.error.too-long}")
        String nameEn,

        @NotBlank(message = "{form.error.required}") @Size(max = 300, message = "{form.error.too-long}")
        String nameFr,

        Boolean frUnofficial,
        @Size(max = 3, message = "{form.error.too-long}") String alpha3,
        String region,
        int version) {

    public ReferenceItemForm {
        frUnofficial = Boolean.TRUE.equals(frUnofficial);
    }

    static ReferenceItemForm blank() {
        return new ReferenceItemForm(null, null, null, true, null, null, 0);
    }
}
