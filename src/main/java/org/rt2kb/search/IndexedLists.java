package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.rt2kb.shared.facet.FacetCounts;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.shared.facet.YearRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices and instruments lists, filtered, counted, sorted and paged by the search index (fields of
 * {@link ListFields}). One query gives the page, the total and the counts of the dimensions nothing is chosen in;
 * each dimension with a choice takes one more query, with its own choice left out, for its counts and for what that
 * choice alone hides; a year range one more for what it hides.
 */
@Service
@Transactional(readOnly = true)
class IndexedLists {

    /** The most values a facet counts; the most frequent come first. */
    private static final int VALUES_PER_FACET = 100;

    private final EntityManager em;

    IndexedLists(EntityManager em) {
        this.em = em;
    }

    /** The list of {@code type} the state selects, by {@code dimensions}, sorted by {@code sort}, one page of it. */
    IndexedPage page(
            Class<?> type,
            List<String> dimensions,
            ListState asked,
            Function<SearchSortFactory, SortFinalStep> sort,
            int size) {
        SearchSession session = Search.session(em);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            if (asked.chosen(dimension).isEmpty()) {
                keys.put(dimension, AggregationKey.of(dimension));
            }
        }
        var query = session.search(type)
                .select(f -> f.field(ListFields.ID, Long.class))
                .where(f -> filters(f, dimensions, asked, null))
                .sort(sort);
        keys.forEach((dimension, key) -> query.aggregation(
                key,
                f -> f.terms().field(ListFields.facet(dimension), String.class).maxTermCount(VALUES_PER_FACET)));
        SearchResult<Long> found = query.fetch((asked.page() - 1) * size, size);
        long total = found.total().hitCount();
        ListState state = asked.within((int) ((total + size - 1) / size));
        List<Long> ids = found.hits();
        if (state.page() != asked.page()) {
            ids = query.fetchHits((state.page() - 1) * size, size);
        }
        Map<String, Map<String, Long>> counts = new HashMap<>();
        keys.forEach((dimension, key) -> counts.put(dimension, found.aggregation(key)));
        Map<String, Long> relaxed = new HashMap<>();
        for (String dimension : dimensions) {
            if (!asked.chosen(dimension).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(dimension);
                SearchResult<Long> without = session.search(type)
                        .select(f -> f.field(ListFields.ID, Long.class))
                        .where(f -> filters(f, dimensions, asked, dimension))
                        .aggregation(
                                key,
                                f -> f.terms()
                                        .field(ListFields.facet(dimension), String.class)
                                        .maxTermCount(VALUES_PER_FACET))
                        .fetch(0);
                counts.put(dimension, without.aggregation(key));
                relax(relaxed, dimension, without.total().hitCount() - total);
            }
        }
        if (!asked.years().isAny()) {
            long withoutYears = session.search(type)
                    .where(f -> filters(f, dimensions, asked, FacetCounts.YEARS))
                    .fetchTotalHitCount();
            relax(relaxed, FacetCounts.YEARS, withoutYears - total);
        }
        return new IndexedPage(List.copyOf(ids), total, state, counts, relaxed);
    }

    private static void relax(Map<String, Long> relaxed, String dimension, long hidden) {
        if (hidden > 0) {
            relaxed.put(dimension, hidden);
        }
    }

    /**
     * Every choice of the state, "or" within a dimension and "and" across them, and its year range; {@code leftOut}
     * (a dimension or {@link FacetCounts#YEARS}) is not applied.
     */
    private static PredicateFinalStep filters(
            SearchPredicateFactory f, List<String> dimensions, ListState state, String leftOut) {
        return f.bool(b -> {
            b.must(f.matchAll());
            for (String dimension : dimensions) {
                Set<String> chosen = state.chosen(dimension);
                if (!chosen.isEmpty() && !dimension.equals(leftOut)) {
                    b.filter(f.terms().field(ListFields.facet(dimension)).matchingAny(chosen));
                }
            }
            YearRange years = state.years();
            if (!years.isAny() && !FacetCounts.YEARS.equals(leftOut)) {
                b.filter(years(f, years));
            }
        });
    }

    /** Entries running from a start to an end (none: still running) that overlap the range; no start: none. */
    private static PredicateFinalStep years(SearchPredicateFactory f, YearRange years) {
        return f.bool(b -> {
            b.filter(f.exists().field(ListFields.FROM));
            if (years.to() != null) {
                b.filter(f.range().field(ListFields.FROM).atMost(years.to()));
            }
            if (years.from() != null) {
                b.filter(f.or(
                        f.range().field(ListFields.TO).atLeast(years.from()),
                        f.not(f.exists().field(ListFields.TO))));
            }
        });
    }
}
