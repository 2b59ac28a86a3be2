package org.rt2kb.shared.facet;

import java.util.List;

/**
 * One page of a faceted list, ready for a template: the rows, the facets, the state the page was read at, and the
 * hints shown when nothing matches.
 */
public record ListPage<T>(
        List<T> rows,
        long total,
        int pages,
        ListState state,
        List<FacetView> facets,
        List<FacetView.Relaxation> relaxations) {

    /** The page of rows an index found, the rows in the index's order, with the facets made from its counts. */
    public static <T> ListPage<T> of(List<T> rows, IndexedPage found, int size, List<FacetView> facets) {
        int pages = (int) ((found.total() + size - 1) / size);
        List<FacetView.Relaxation> relaxations =
                found.total() == 0 ? FacetView.relaxations(found.state(), found) : List.of();
        return new ListPage<>(List.copyOf(rows), found.total(), pages, found.state(), facets, relaxations);
    }
}
