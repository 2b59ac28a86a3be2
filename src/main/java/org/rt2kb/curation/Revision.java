package org.rt2kb.curation;

import java.time.Instant;
import java.util.Map;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;

/**
 * One recorded change to an entry: who, when, what was done, and the entry's editable fields afterwards.
 *
 * @param entryId null once the entry has been purged
 */
public record Revision(
        long id,
        Long entryId,
        EntryType type,
        String slug,
        String title,
        int number,
        RevisionAction action,
        EntryStatus status,
        String author,
        Instant recordedAt,
        Map<String, Object> fields) {}
