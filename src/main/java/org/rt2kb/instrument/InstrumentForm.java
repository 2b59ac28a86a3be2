package org.rt2kb.instrument;

import static org.rt2kb.shared.form.FormText.orNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rt2kb.curation.EntryForm;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.form.FormText;
import org.springframework.format.annotation.DateTimeFormat;

/** The secretariat's form for an instrument: how it is named and dated, who issued it, where the paper lists it. */
public record InstrumentForm(
        @NotBlank(message = "{form.error.required}")
        @Size(max = 120, message = "{form.error.too-long}")
        @Pattern(regexp = FormText.SLUG, message = "{form.error.slug}")
        String slug,

        @Size(max = 60, message = "{form.error.too-long}") String code,
        @Size(max = 40, message = "{form.error.too-long}") String acronym,
        @Size(max = 40, message = "{form.error.too-long}") String acronymFr,

        @NotBlank(message = "{form.error.required}") @Size(max = 500, message = "{form.error.too-long}")
        String titleEn,

        @Size(max = 500, message = "{form.error.too-long}") String titleFr,
        Boolean frUnofficial,
        @Size(max = 500, message = "{form.error.too-long}") String titleEs,
        Boolean esUnofficial,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String aliasesEn,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String aliasesFr,

        @Size(max = 2_000, message = "{form.error.too-long}")
        String aliasesEs,

        @Min(value = 1900, message = "{form.error.min}") @Max(value = 2100, message = "{form.error.max}")
        Integer year,

        @NotNull(message = "{form.error.required}") InstrumentType instrumentType,

        @NotBlank(message = "{form.error.required}") @Size(max = 200, message = "{form.error.too-long}")
        String body,

        Boolean binding,
        String parent,
        List<String> annexGroups,

        @Size(max = 10_000, message = "{form.error.too-long}")
        String links,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adopted,
        @Size(max = 120, message = "{form.error.too-long}") String adoptedAtEn,
        @Size(max = 120, message = "{form.error.too-long}") String adoptedAtFr,
        @Size(max = 200, message = "{form.error.too-long}") String bodyFr,
        @Size(max = 200, message = "{form.error.too-long}") String session,
        @Size(max = 200, message = "{form.error.too-long}") String sessionFr,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryIntoForce,

        @Min(value = 1, message = "{form.error.min}") @Max(value = 99_999, message = "{form.error.max}")
        Integer untsVolume,

        @Min(value = 1, message = "{form.error.min}") @Max(value = 99_999, message = "{form.error.max}")
        Integer untsPage,

        @Size(max = 60, message = "{form.error.too-long}") String symbol,
        List<String> unconfirmed,

        List<Integer> gcmObjectives,
        List<String> gcmPrinciples,
        List<String> sdgTargets,
        List<String> concepts,
        int version)
        implements EntryForm {

    public InstrumentForm {
        binding = Boolean.TRUE.equals(binding); // an unticked box sends nothing
        frUnofficial = Boolean.TRUE.equals(frUnofficial);
        esUnofficial = Boolean.TRUE.equals(esUnofficial);
    }

    static InstrumentForm blank() {
        return new InstrumentForm(
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                false,
                null,
                null,
                null,
                null,
                InstrumentType.TREATY,
                null,
                false,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);
    }

    OfficialRecord officialRecord() {
        return new OfficialRecord(
                adopted,
                orNull(adoptedAtEn),
                orNull(adoptedAtFr),
                orNull(bodyFr),
                orNull(session),
                orNull(sessionFr),
                entryIntoForce,
                untsVolume,
                untsPage,
                orNull(symbol),
                unconfirmed);
    }

    /** The titles, official unless flagged. */
    Multilingual title() {
        return Multilingual.of(titleEn.strip(), false, orNull(titleFr), frUnofficial, orNull(titleEs), esUnofficial);
    }

    /** The other names typed, one per line, by language. */
    Map<String, List<String>> aliases() {
        return Map.of(
                "en", FormText.lines(aliasesEn), "fr", FormText.lines(aliasesFr), "es", FormText.lines(aliasesEs));
    }

    List<String> linkList() {
        return FormText.lines(links);
    }
}
