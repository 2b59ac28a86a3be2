package org.rt2kb.dossier;

import org.rt2kb.shared.Coded;

/** How a dossier's items are grouped on its page and in its exports: in the drafter's order, by type or by theme. */
public enum Grouping implements Coded {
    NONE,
    TYPE,
    THEME;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
