package org.rt2kb.curation;

import org.rt2kb.entry.EntryStatus;
import org.rt2kb.shared.Coded;

/** What a revision of an entry records. */
public enum RevisionAction implements Coded {
    IMPORTED,
    CREATED,
    EDITED,
    SUBMITTED,
    PUBLISHED,
    RETURNED,
    ARCHIVED,
    RESTORED,
    REVERTED,
    VERIFIED,
    SUGGESTED,
    LINKED,
    ANNOTATED,
    PURGED,
    /** An import changed a published entry, which went to review ({@link PublishedChanges#REVIEW}). */
    IMPORT_TO_REVIEW,
    /** An import changed a published entry, which stayed published ({@link PublishedChanges#PUBLISH}). */
    IMPORT_PUBLISHED;

    /** The action that moves an entry from one status to another. */
    static RevisionAction moving(EntryStatus from, EntryStatus to) {
        return switch (to) {
            case DRAFT -> from == EntryStatus.ARCHIVED ? RESTORED : RETURNED;
            case IN_REVIEW -> SUBMITTED;
            case PUBLISHED -> PUBLISHED;
            case ARCHIVED -> ARCHIVED;
        };
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
