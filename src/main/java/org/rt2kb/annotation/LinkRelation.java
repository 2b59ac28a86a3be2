package org.rt2kb.annotation;

import jakarta.persistence.Converter;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/** How one entry is linked to another. */
public enum LinkRelation implements Coded {
    CITES, APPLIES, RELATES_TO, ILLUSTRATES;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<LinkRelation> {
        public DbConverter() {
            super(LinkRelation.class);
        }
    }
}
