package org.rt2kb.theme;

import jakarta.persistence.Converter;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/** What part of the paper a theme entry is. */
public enum ThemeKind implements Coded {
    INTRODUCTION,
    SECTION,
    THEME,
    SUB_THEME,
    CROSS_CUTTING,
    GAPS,
    GUIDING_QUESTIONS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The seven RT2 themes and their sub-themes, as opposed to the paper's other sections. */
    public boolean isRt2Theme() {
        return this == THEME || this == SUB_THEME;
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<ThemeKind> {
        public DbConverter() {
            super(ThemeKind.class);
        }
    }
}
