package org.rt2kb.entry;

import jakarta.persistence.Converter;
import java.util.Set;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/**
 * Where an entry stands in the editorial workflow: draft → in review → published, and archived. Only published entries
 * are public; drafts and entries in review are seen by editors only.
 */
public enum EntryStatus implements Coded {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED;

    /** The statuses an entry may move to from this one. Archiving is open from anywhere; restoring makes a draft. */
    public Set<EntryStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW, PUBLISHED, ARCHIVED);
            case IN_REVIEW -> Set.of(DRAFT, PUBLISHED, ARCHIVED);
            case PUBLISHED -> Set.of(DRAFT, ARCHIVED);
            case ARCHIVED -> Set.of(DRAFT);
        };
    }

    public boolean canMoveTo(EntryStatus next) {
        return next().contains(next);
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<EntryStatus> {
        public DbConverter() {
            super(EntryStatus.class);
        }
    }
}
