package org.rt2kb.shared;

import org.rt2kb.shared.facet.ListCursor;

/**
 * A validated page request: {@code page} counts from 0, {@code size} is at most {@value #MAX_SIZE}. A list that
 * reads on from a cursor has {@code after} instead of a page number (its page is then 0).
 */
public record Paging(int page, int size, ListCursor after) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    /** Reads the raw request parameters, rejecting anything that is not a sensible page. */
    public static Paging of(String page, String size) {
        int p = parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new Paging(p, s, null);
    }

    /**
     * As {@link #of(String, String)}, for a list that also reads on after a cursor; a page and a cursor exclude each
     * other.
     */
    public static Paging of(String page, String size, String after) {
        Paging paging = of(page, size);
        ListCursor cursor = ListCursor.read("after", after);
        if (cursor != null && page != null && !page.isBlank()) {
            throw new InvalidParameterException("page", page, "error.param.page-and-after");
        }
        return new Paging(paging.page, paging.size, cursor);
    }

    public int offset() {
        return page * size;
    }

    private static int parse(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below like an out-of-range number
        }
        throw new InvalidParameterException(name, raw, "error.param.range", min, max);
    }
}
