package org.rt2kb.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Supplier;

/** Reads optional filter parameters of list requests, turning unusable values into a 400 naming the parameter. */
public final class Filters {

    private Filters() {}

    /** The value if it is one of {@code known} (asked only when a value is given), null if absent. */
    public static String oneOf(String parameter, String raw, Supplier<? extends Collection<String>> known) {
        String value = trimmed(raw);
        if (value != null && !known.get().contains(value)) {
            throw InvalidParameterException.unknownValue(parameter, raw);
        }
        return value;
    }

    public static <E extends Enum<E> & Coded> E code(String parameter, String raw, Class<E> type) {
        String value = trimmed(raw);
        return value == null
                ? null
                : Coded.fromCode(type, value.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> InvalidParameterException.unknownValue(parameter, raw));
    }

    public static Integer year(String parameter, String raw) {
        String value = trimmed(raw);
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{4}")) {
            return Integer.valueOf(value);
        }
        throw new InvalidParameterException(parameter, raw, "error.param.year");
    }

    public static Boolean bool(String parameter, String raw) {
        String value = trimmed(raw);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(parameter, raw, "error.param.boolean");
        };
    }

    private static String trimmed(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
