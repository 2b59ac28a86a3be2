package org.rt2kb.shared.facet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

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

    /** The {@code rows} read for {@code ids}, in the order of the ids; ids without a row are left out. */
    public static <T> List<T> inOrder(List<Long> ids, List<T> rows, ToLongFunction<T> id) {
        Map<Long, T> byId = new HashMap<>();
        rows.forEach(row -> byId.put(id.applyAsLong(row), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
