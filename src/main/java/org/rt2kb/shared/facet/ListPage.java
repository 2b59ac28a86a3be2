package org.rt2kb.shared.facet;

import java.util.List;

/**
 * One page of a faceted list, ready for a template: the rows, the facets, the state the address asked for, and the
 * hints shown when nothing matches.
 */
public record ListPage<T>(
        List<T> rows,
        long total,
        int pages,
        ListState state,
        List<FacetView> facets,
        List<FacetView.Relaxation> relaxations) {

    /** Cuts the sorted matches into pages of {@code size} and keeps the one the state asks for. */
    public static <T> ListPage<T> of(
            List<T> sorted, int size, ListState asked, List<FacetView> facets, Faceting.Result<?> result) {
        int pages = (sorted.size() + size - 1) / size;
        ListState state = asked.within(pages);
        int from = Math.min(sorted.size(), (state.page() - 1) * size);
        List<T> rows = sorted.subList(from, Math.min(sorted.size(), from + size));
        List<FacetView.Relaxation> relaxations = sorted.isEmpty() ? FacetView.relaxations(state, result) : List.of();
        return new ListPage<>(List.copyOf(rows), sorted.size(), pages, state, facets, relaxations);
    }
}
