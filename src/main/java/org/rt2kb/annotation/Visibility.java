package org.rt2kb.annotation;

import jakarta.persistence.Converter;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/** Who may read an annotation: everyone, or only the secretariat. */
public enum Visibility implements Coded {
    PUBLIC,
    INTERNAL;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<Visibility> {
        public DbConverter() {
            super(Visibility.class);
        }
    }
}
