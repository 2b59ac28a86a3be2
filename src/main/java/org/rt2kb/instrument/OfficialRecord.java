package org.rt2kb.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What an instrument's official record says, as a formal citation needs it: adoption (date, place, session, the
 * adopting body's French name beside {@code Instrument.body}), entry into force, the United Nations Treaty Series
 * volume and page, and the symbol of the adopting resolution or of the document. {@code unconfirmed} names the fields
 * whose value could not be checked against the record; a citation marks them.
 */
@Embeddable
public record OfficialRecord(
        @Column(name = "adopted_on") LocalDate adopted,
        String adoptedAtEn,
        String adoptedAtFr,
        String bodyFr,
        @Column(name = "session_en") String session,
        String sessionFr,
        LocalDate entryIntoForce,
        Integer untsVolume,
        Integer untsPage,
        @Column(name = "document_symbol") String symbol,

        @JdbcTypeCode(SqlTypes.ARRAY) @Column(columnDefinition = "text[]")
        List<String> unconfirmed) {

    /** The fields {@code unconfirmed} may name, in the form's order. */
    public static final List<String> FIELDS = List.of(
            "adopted",
            "adoptedAtEn",
            "adoptedAtFr",
            "bodyFr",
            "session",
            "sessionFr",
            "entryIntoForce",
            "untsVolume",
            "untsPage",
            "symbol");

    public static final OfficialRecord NONE =
            new OfficialRecord(null, null, null, null, null, null, null, null, null, null, List.of());

    public OfficialRecord {
        unconfirmed = unconfirmed == null ? List.of() : List.copyOf(unconfirmed);
    }

    public boolean isConfirmed(String field) {
        return !unconfirmed.contains(field);
    }

    /** The Treaty Series reference, when the instrument is registered there. */
    public boolean inTreatySeries() {
        return untsVolume != null;
    }
}
