package org.rt2kb.shared.facet;

import java.util.Map;
import java.util.Set;

/**
 * What a reader has chosen: values per dimension (an item must have one of them; dimensions combine with "and")
 * and a year range.
 */
public record Selection(Map<String, Set<String>> chosen, YearRange years) {

    public Set<String> chosen(String dimension) {
        return chosen.getOrDefault(dimension, Set.of());
    }

    /** How many choices are made: each value chosen, and the year range as one. */
    public int size() {
        return chosen.values().stream().mapToInt(Set::size).sum() + (years.isAny() ? 0 : 1);
    }

    public boolean isEmpty() {
        return chosen.values().stream().allMatch(Set::isEmpty) && years.isAny();
    }
}
