package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
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

    /** The most values a list's facet counts; the most frequent come first. */
    private static final int VALUES_PER_FACET = 100;
    /** More values than any dimension holds: the countries, the coverage matrix count them all. */
    private static final int ALL_VALUES = 10_000;

    private final EntityManager em;

    IndexedLists(EntityManager em) {
        this.em = em;
    }

    /**
     * The list of {@code type} the state selects, sorted by {@code sort}, one page of it, with the counts of the
     * state's dimensions.
     */
    IndexedPage page(Class<?> type, ListState asked, Function<SearchSortFactory, SortFinalStep> sort, int size) {
        SearchSession session = Search.session(em);
        List<String> dimensions = asked.dimensions();
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            if (asked.chosen(dimension).isEmpty()) {
                keys.put(dimension, AggregationKey.of(dimension));
            }
        }
        var query = session.search(type)
                .select(f -> f.field(ListFields.ID, Long.class))
                .where(f -> filters(f, asked, null))
                .sort(sort);
        keys.forEach((dimension, key) -> query.aggregation(key, terms(dimension, VALUES_PER_FACET)));
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
                        .where(f -> filters(f, asked, dimension))
                        .aggregation(key, terms(dimension, VALUES_PER_FACET))
                        .fetch(0);
                counts.put(dimension, without.aggregation(key));
                relax(relaxed, dimension, without.total().hitCount() - total);
            }
        }
        if (!asked.years().isAny()) {
            long withoutYears = session.search(type)
                    .where(f -> filters(f, asked, FacetCounts.YEARS))
                    .fetchTotalHitCount();
            relax(relaxed, FacetCounts.YEARS, withoutYears - total);
        }
        return new IndexedPage(List.copyOf(ids), total, state, counts, relaxed);
    }

    /** The first {@code size} entries of {@code type} the state selects, in the order of {@code sort}, and how many. */
    IndexedPage first(Class<?> type, ListState state, Function<SearchSortFactory, SortFinalStep> sort, int size) {
        SearchResult<Long> found = Search.session(em)
                .search(type)
                .select(f -> f.field(ListFields.ID, Long.class))
                .where(f -> filters(f, state, null))
                .sort(sort)
                .fetch(size);
        return new IndexedPage(found.hits(), found.total().hitCount(), state, Map.of(), Map.of());
    }

    /** How many entries of {@code type} the state selects, and how many have each value of each of {@code dimensions}. */
    IndexedPage counts(Class<?> type, ListState state, List<String> dimensions) {
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        dimensions.forEach(dimension -> keys.put(dimension, AggregationKey.of(dimension)));
        var query = Search.session(em).search(type).where(f -> filters(f, state, null));
        keys.forEach((dimension, key) -> query.aggregation(key, terms(dimension, ALL_VALUES)));
        SearchResult<?> found = query.fetch(0);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        keys.forEach((dimension, key) -> counts.put(dimension, found.aggregation(key)));
        return new IndexedPage(List.of(), found.total().hitCount(), state, counts, Map.of());
    }

    private static Function<SearchAggregationFactory, AggregationFinalStep<Map<String, Long>>> terms(
            String dimension, int most) {
        return f -> f.terms().field(ListFields.facet(dimension), String.class).maxTermCount(most);
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
    private static PredicateFinalStep filters(SearchPredicateFactory f, ListState state, String leftOut) {
        return f.bool(b -> {
            b.must(f.matchAll());
            for (String dimension : state.dimensions()) {
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
