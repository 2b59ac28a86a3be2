package org.rt2kb.search;

import java.util.Map;
import java.util.Set;

/**
 * A search: the words as typed, the chosen filters per field (types, themes, countries, …), a year range, the order
 * ("relevance" or "year") and a page from 0.
 */
public record SearchRequest(String query, Map<String, Set<String>> filters, Integer from, Integer to, String sort,
        int page, int size) {

    /** The filters a search accepts, by parameter name. */
    public static final Set<String> FILTERS = Set.of("type", "theme", "group", "country", "instrumentType", "body");
}
