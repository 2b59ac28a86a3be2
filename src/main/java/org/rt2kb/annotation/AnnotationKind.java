package org.rt2kb.annotation;

import jakarta.persistence.Converter;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/** What an annotation adds to an entry. */
public enum AnnotationKind implements Coded {
    CONTEXT,
    STATUS_UPDATE,
    CROSS_REFERENCE,
    CURATOR_NOTE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<AnnotationKind> {
        public DbConverter() {
            super(AnnotationKind.class);
        }
    }
}
