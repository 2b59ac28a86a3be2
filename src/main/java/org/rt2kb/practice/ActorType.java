package org.rt2kb.practice;

import jakarta.persistence.Converter;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/** Kind of actor that implements a practice. */
public enum ActorType implements Coded {
    GOVERNMENT,
    LOCAL_GOVERNMENT,
    REGIONAL_ORGANISATION,
    INTERGOVERNMENTAL_PROCESS,
    INTERNATIONAL_ORGANISATION,
    TRADE_UNION,
    ACADEMIA,
    CIVIL_SOCIETY,
    DEVELOPMENT_AGENCY;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<ActorType> {
        public DbConverter() {
            super(ActorType.class);
        }
    }
}
