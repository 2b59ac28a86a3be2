package org.rt2kb.curation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Multilingual;

/**
 * What an editor sees beside an entry's form: where it stands in the workflow and what it can move to, when it was
 * last verified and by whom, its links, how many revisions its history holds, and the corrections readers suggested
 * that are still open.
 */
public record EntryPanel(
        long id,
        EntryType type,
        String slug,
        Multilingual title,
        EntryStatus status,
        int version,
        List<EntryStatus> next,
        LocalDate lastVerifiedOn,
        String lastVerifiedBy,
        Instant createdAt,
        Instant updatedAt,
        List<Link> links,
        List<Note> notes,
        int revisions,
        List<Correction> corrections) {

    /** A note of the secretariat on the entry. */
    public record Note(
            long id, String kind, String visibility, String author, LocalDate createdOn, Multilingual text) {}

    /** A link from or to the entry, seen from the entry. */
    public record Link(
            long id,
            String relation,
            boolean outgoing,
            EntryType otherType,
            long otherId,
            String otherSlug,
            Multilingual otherTitle,
            String note) {}

    /** The entry's public address, or null while it is not published. */
    public String publicHref() {
        return status == EntryStatus.PUBLISHED ? EntryType.pagePath(type.code(), slug) : null;
    }

    /** The address of the entry's form. */
    public String adminHref() {
        return adminHref(type, id);
    }

    public static String adminHref(EntryType type, long id) {
        return "/admin/" + type.code() + "s/" + id;
    }
}
