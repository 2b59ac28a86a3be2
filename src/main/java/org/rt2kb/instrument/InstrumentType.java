package org.rt2kb.instrument;

import jakarta.persistence.Converter;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/** Legal or documentary form of an instrument. */
public enum InstrumentType implements Coded {
    TREATY,
    PROTOCOL,
    ILO_CONVENTION,
    ILO_RECOMMENDATION,
    DECLARATION,
    COMPACT,
    GUIDELINES,
    REPORT,
    GUIDE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<InstrumentType> {
        public DbConverter() {
            super(InstrumentType.class);
        }
    }
}
