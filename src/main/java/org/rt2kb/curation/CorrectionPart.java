package org.rt2kb.curation;

import org.rt2kb.shared.Coded;

/** The part of an entry a reader says is wrong, in words every type of entry shares; the code is stored. */
public enum CorrectionPart implements Coded {
    TITLE,
    /** The description, summary or text. */
    TEXT,
    DATES,
    /** Countries and regions. */
    PLACES,
    /** Web links and sources. */
    LINKS,
    /** Themes, GCM objectives, SDG targets. */
    TAGS,
    OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
