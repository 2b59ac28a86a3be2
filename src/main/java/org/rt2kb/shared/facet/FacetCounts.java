package org.rt2kb.shared.facet;

import java.util.Map;

/** How many entries the list would show for each value of each dimension, and what each single choice hides. */
public interface FacetCounts {

    /** The key under which {@link #relaxed()} counts the entries the year range hides. */
    String YEARS = "years";

    /** The entries the list would show with {@code value} chosen in {@code dimension}, its other choices aside. */
    long count(String dimension, String value);

    /** Every counted value of {@code dimension}, with its count. */
    Map<String, Long> values(String dimension);

    /** Per chosen dimension (or {@link #YEARS}), the entries that only that choice hides. */
    Map<String, Long> relaxed();

    /** How many entries the list holds. */
    long total();
}
