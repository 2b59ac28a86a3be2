package org.rt2kb.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.form.FormText;

/**
 * A row of a reference list as the form shows it: its names in each language (English and French required), with the
 * flags of those that are the project's translations. {@code alpha3} and {@code region} concern countries only.
 */
public record ReferenceItemForm(
        @NotBlank(message = "{form.error.required}") @Size(max = 10, message = "{form.error.too-long}")
        String code,

        @NotBlank(message = "{form.error.required}") @Size(max = 300, message = "{form.error.too-long}")
        String nameEn,

        @NotBlank(message = "{form.error.required}") @Size(max = 300, message = "{form.error.too-long}")
        String nameFr,

        @Size(max = 300, message = "{form.error.too-long}") String nameEs,

        Boolean frUnofficial,
        Boolean esUnofficial,
        @Size(max = 3, message = "{form.error.too-long}") String alpha3,
        String region,
        int version) {

    public ReferenceItemForm {
        frUnofficial = Boolean.TRUE.equals(frUnofficial);
        esUnofficial = Boolean.TRUE.equals(esUnofficial);
    }

    static ReferenceItemForm blank() {
        return new ReferenceItemForm(null, null, null, null, true, true, null, null, 0);
    }

    /** The form of a row with these names. */
    static ReferenceItemForm of(String code, Multilingual names, String alpha3, String region, int version) {
        return new ReferenceItemForm(
                code,
                names.get("en"),
                names.get("fr"),
                names.get("es"),
                names.unofficial().contains("fr"),
                names.unofficial().contains("es"),
                alpha3,
                region,
                version);
    }

    /** The names as stored; a list without translation flags keeps none. */
    Multilingual names(boolean flagged) {
        return Multilingual.of(
                FormText.orNull(nameEn),
                false,
                FormText.orNull(nameFr),
                flagged && frUnofficial,
                FormText.orNull(nameEs),
                flagged && esUnofficial);
    }
}
