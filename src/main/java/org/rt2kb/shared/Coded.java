package org.rt2kb.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enumeration whose constants have a stable lower-case code, the spelling used in the database, the seed files and
 * the JSON API (for example {@code ilo-convention}).
 */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.code().equals(code))
                .findFirst();
    }

    static <E extends Enum<E> & Coded> String codesOf(Class<E> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }

    /** Turns a constant name such as {@code ILO_CONVENTION} into its code {@code ilo-convention}. */
    static String codeOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
