package org.rt2kb.theme;

import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;
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

    /** The seven RT2 themes, their sub-themes and the cross-cutting priorities: what practices illustrate. */
    public static final Set<ThemeKind> ILLUSTRATED = EnumSet.of(THEME, SUB_THEME, CROSS_CUTTING);

    /** The parts of the paper read on their own, around the themes: its introduction, ideas and questions. */
    public static final Set<ThemeKind> PAPER_PARTS = EnumSet.of(INTRODUCTION, GAPS, GUIDING_QUESTIONS);

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<ThemeKind> {
        public DbConverter() {
            super(ThemeKind.class);
        }
    }
}
