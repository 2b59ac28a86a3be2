package org.rt2kb.shared;

import jakarta.persistence.Converter;

/** Where an entry stands in the editorial workflow; only published entries are public. */
public enum EntryStatus implements Coded {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

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
