package org.rt2kb.shared.facet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Narrows a list by a {@link Selection} and counts, for every value of every dimension, how many items the reader
 * would see after also choosing it. A dimension's own choice is left out of its counts, so sibling values stay
 * visible and can be added. Also counts what each single choice hides, to tell a reader facing an empty list which
 * filter to relax.
 *
 * <p>Works in memory on one pass over the items: the catalogue's lists are small (tens to a few thousand entries).
 */
public final class Faceting<T> {

    /** The key under which {@link Result#relaxed()} counts the items the year range hides. */
    public static final String YEARS = "years";

    private final List<Dimension<T>> dimensions;
    private final Function<T, Integer> start;
    private final Function<T, Integer> end;

    public Faceting(List<Dimension<T>> dimensions, Function<T, Integer> start, Function<T, Integer> end) {
        this.dimensions = List.copyOf(dimensions);
        this.start = start;
        this.end = end;
    }

    public Result<T> apply(Collection<T> items, Selection selection) {
        List<T> matched = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Long> relaxed = new HashMap<>();
        for (T item : items) {
            List<Dimension<T>> missed = new ArrayList<>(1);
            for (Dimension<T> dimension : dimensions) {
                Set<String> chosen = selection.chosen(dimension.name());
                if (!chosen.isEmpty() && dimension.values().apply(item).stream().noneMatch(chosen::contains)) {
                    missed.add(dimension);
                }
            }
            boolean inYears = selection.years().overlaps(start.apply(item), end.apply(item));
            int misses = missed.size() + (inYears ? 0 : 1);
            if (misses == 0) {
                matched.add(item);
                dimensions.forEach(dimension -> count(counts, dimension, item));
            } else if (misses == 1) {
                String key = inYears ? missed.get(0).name() : YEARS;
                relaxed.merge(key, 1L, Long::sum);
                if (inYears) {
                    count(counts, missed.get(0), item);
                }
            }
        }
        return new Result<>(matched, counts, relaxed);
    }

    private void count(Map<String, Map<String, Long>> counts, Dimension<T> dimension, T item) {
        Map<String, Long> values = counts.computeIfAbsent(dimension.name(), name -> new HashMap<>());
        dimension.values().apply(item).forEach(value -> values.merge(value, 1L, Long::sum));
    }

    /**
     * The items that match, the count per dimension and value, and per chosen dimension (or {@link #YEARS}) the
     * items that only that choice hides.
     */
    public record Result<T>(List<T> matched, Map<String, Map<String, Long>> counts, Map<String, Long> relaxed) {

        public long count(String dimension, String value) {
            return counts.getOrDefault(dimension, Map.of()).getOrDefault(value, 0L);
        }
    }
}
