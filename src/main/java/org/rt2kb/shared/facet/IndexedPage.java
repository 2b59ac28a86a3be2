package org.rt2kb.shared.facet;

import java.util.List;
import java.util.Map;

/**
 * One page of a list as a search index found it: the ids of its entries in order, how many there are in all, the
 * state the page was read at (on its last page when the address asked for one past the end), and the facet counts.
 */
public record IndexedPage(List<Long> ids, long total, ListState state, FacetCounts counts) implements FacetCounts {

    @Override
    public long count(String dimension, String value) {
        return counts.count(dimension, value);
    }

    @Override
    public Map<String, Long> relaxed() {
        return counts.relaxed();
    }

    @Override
    public Map<String, Long> values(String dimension) {
        return counts.values(dimension);
    }
}
