package org.rt2kb.entry;

import org.rt2kb.shared.Coded;

/** The three kinds of catalogue entry; the code is the {@code entry.entry_type} discriminator. */
public enum EntryType implements Coded {
    THEME,
    PRACTICE,
    INSTRUMENT;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The public page of the entry {@code slug} of the type whose code is {@code type}: "/practices/…". */
    public static String pagePath(String type, String slug) {
        return "/" + type + "s/" + slug;
    }
}
