package org.rt2kb.curation;

import java.time.Instant;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Multilingual;

/**
 * An open correction a reader suggested, with the entry it is about: what the secretariat reads in its queue.
 *
 * @param proposal the text the reader proposes instead, or null
 * @param name the sender's name, or null when not given; likewise {@code email}
 */
public record Correction(
        long id,
        long entryId,
        EntryType entryType,
        String slug,
        Multilingual title,
        EntryStatus status,
        CorrectionPart part,
        String problem,
        String proposal,
        String name,
        String email,
        Instant submittedAt) {

    /** The entry's public page, or null while it is not published. */
    public String publicHref() {
        return status == EntryStatus.PUBLISHED ? EntryType.pagePath(entryType.code(), slug) : null;
    }

    /** The entry's form in the admin area. */
    public String adminHref() {
        return EntryPanel.adminHref(entryType, entryId);
    }
}
