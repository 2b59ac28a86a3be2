package org.rt2kb.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search: the words as typed, the chosen filters per field (types, themes, countries, …), a year range, the order
 * ("relevance" or "year") and a page from 0.
 */
public record SearchRequest(
        String query, Map<String, Set<String>> filters, Integer from, Integer to, String sort, int page, int size) {

    /** The kinds of hit, the values of the {@code type} filter. */
    public static final List<String> TYPES = List.of("theme", "practice", "instrument", "annotation");

    /** The filters a search accepts, by parameter name. */
    public static final Set<String> FILTERS = Set.of("type", "theme", "group", "country", "instrumentType", "body");
}
