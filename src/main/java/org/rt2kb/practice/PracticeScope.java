package org.rt2kb.practice;

import jakarta.persistence.Converter;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/** Geographic reach of a practice. */
public enum PracticeScope implements Coded {
    LOCAL,
    NATIONAL,
    BILATERAL,
    REGIONAL,
    GLOBAL;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<PracticeScope> {
        public DbConverter() {
            super(PracticeScope.class);
        }
    }
}
