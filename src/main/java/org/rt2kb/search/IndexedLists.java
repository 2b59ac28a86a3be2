package org.rt2kb.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.facet.FacetCounts;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.IndexedSlice;
import org.rt2kb.shared.facet.ListCursor;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.shared.facet.Selection;
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
    private final CatalogueGeneration generation;
    /**
     * The facet counts of a selection, which do not depend on the page or the sort: reading the next page or another
     * order of the same list costs only its hits. Kept until the catalogue changes.
     */
    private final Cache<CountsKey, FacetCounts> counted =
            Caffeine.newBuilder().maximumSize(2_000).build();

    IndexedLists(EntityManager em, CatalogueGeneration generation) {
        this.em = em;
        this.generation = generation;
    }

    private record CountsKey(Class<?> type, List<String> dimensions, Selection selection, long generation) {}

    private record Counts(Map<String, Map<String, Long>> counts, Map<String, Long> relaxed, long total)
            implements FacetCounts {

        static final Counts NONE = new Counts(Map.of(), Map.of(), 0);

        @Override
        public long count(String dimension, String value) {
            return values(dimension).getOrDefault(value, 0L);
        }

        @Override
        public Map<String, Long> values(String dimension) {
            return counts.getOrDefault(dimension, Map.of());
        }
    }

    /**
     * The list of {@code type} the state selects, sorted by {@code sort}, one page of it, with the counts of the
     * state's dimensions.
     */
    IndexedPage page(Class<?> type, ListState asked, Function<SearchSortFactory, SortFinalStep> sort, int size) {
        CatalogueGeneration.Generation now = generation.now();
        CountsKey key = new CountsKey(type, asked.dimensions(), asked.selection(), now.value());
        FacetCounts known = counted.getIfPresent(key);
        var query = Search.session(em)
                .search(type)
                .select(f -> f.field(ListFields.ID, Long.class))
                .where(f -> filters(f, asked.selection(), null))
                .sort(sort);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        if (known == null) {
            for (String dimension : asked.dimensions()) {
                if (asked.chosen(dimension).isEmpty()) {
                    keys.put(dimension, AggregationKey.of(dimension));
                }
            }
            keys.forEach(
                    (dimension, aggregation) -> query.aggregation(aggregation, terms(dimension, VALUES_PER_FACET)));
        }
        SearchResult<Long> found = query.fetch((asked.page() - 1) * size, size);
        long total = found.total().hitCount();
        ListState state = asked.within((int) ((total + size - 1) / size));
        List<Long> ids = state.page() == asked.page() ? found.hits() : query.fetchHits((state.page() - 1) * size, size);
        if (known == null) {
            Map<String, Map<String, Long>> counts = new HashMap<>();
            keys.forEach((dimension, aggregation) -> counts.put(dimension, found.aggregation(aggregation)));
            known = withChoicesLeftOut(type, asked, total, counts);
            if (now.settled()) {
                counted.put(key, known);
            }
        }
        return new IndexedPage(List.copyOf(ids), total, state, known);
    }

    /**
     * Completes the counts of the dimensions nothing is chosen in with those of each chosen dimension, its own choice
     * left out, and counts what each choice alone (and the year range) hides.
     */
    private FacetCounts withChoicesLeftOut(
            Class<?> type, ListState asked, long total, Map<String, Map<String, Long>> counts) {
        SearchSession session = Search.session(em);
        Map<String, Long> relaxed = new HashMap<>();
        for (String dimension : asked.dimensions()) {
            if (!asked.chosen(dimension).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(dimension);
                SearchResult<Long> without = session.search(type)
                        .select(f -> f.field(ListFields.ID, Long.class))
                        .where(f -> filters(f, asked.selection(), dimension))
                        .aggregation(key, terms(dimension, VALUES_PER_FACET))
                        .fetch(0);
                counts.put(dimension, without.aggregation(key));
                relax(relaxed, dimension, without.total().hitCount() - total);
            }
        }
        if (!asked.years().isAny()) {
            long withoutYears = session.search(type)
                    .where(f -> filters(f, asked.selection(), FacetCounts.YEARS))
                    .fetchTotalHitCount();
            relax(relaxed, FacetCounts.YEARS, withoutYears - total);
        }
        return new Counts(counts, relaxed, total);
    }

    /** The first {@code size} entries of {@code type} the state selects, in the order of {@code sort}, and how many. */
    IndexedPage first(Class<?> type, ListState state, Function<SearchSortFactory, SortFinalStep> sort, int size) {
        SearchResult<Long> found = Search.session(em)
                .search(type)
                .select(f -> f.field(ListFields.ID, Long.class))
                .where(f -> filters(f, state.selection(), null))
                .sort(sort)
                .fetch(size);
        return new IndexedPage(found.hits(), found.total().hitCount(), state, Counts.NONE);
    }

    /** How many entries of {@code type} the state selects, and how many have each value of each of {@code dimensions}. */
    IndexedPage counts(Class<?> type, ListState state, List<String> dimensions) {
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        dimensions.forEach(dimension -> keys.put(dimension, AggregationKey.of(dimension)));
        var query = Search.session(em).search(type).where(f -> filters(f, state.selection(), null));
        keys.forEach((dimension, key) -> query.aggregation(key, terms(dimension, ALL_VALUES)));
        SearchResult<?> found = query.fetch(0);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        keys.forEach((dimension, key) -> counts.put(dimension, found.aggregation(key)));
        return new IndexedPage(List.of(), found.total().hitCount(), state, new Counts(counts, Map.of(), 0));
    }

    /** How many entries of {@code type} the state selects start in each year; entries without a year are not counted. */
    Map<Integer, Long> startYears(Class<?> type, ListState state) {
        AggregationKey<Map<Integer, Long>> key = AggregationKey.of("years");
        return Search.session(em)
                .search(type)
                .where(f -> filters(f, state.selection(), null))
                .aggregation(
                        key,
                        f -> f.terms()
                                .field(ListFields.FROM, Integer.class)
                                .orderByTermAscending()
                                .maxTermCount(ALL_VALUES))
                .fetch(0)
                .aggregation(key);
    }

    /**
     * How many entries of {@code type} have each of {@code values} in {@code dimension}: one count per value, each
     * read from the value's postings, so the cost grows with the values asked for, not with the entries counted.
     */
    Map<String, Long> countEach(Class<?> type, String dimension, List<String> values) {
        SearchSession session = Search.session(em);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String value : values) {
            counts.put(
                    value,
                    session.search(type)
                            .where(f ->
                                    f.match().field(ListFields.facet(dimension)).matching(value))
                            .fetchTotalHitCount());
        }
        return counts;
    }

    /**
     * A slice of the list of {@code type} the selection makes, in the list's own order: {@code size} entries from
     * {@code offset}, or from {@code offset} after {@code after} when it is given, found by the order key itself (so a
     * slice deep in the list costs what the first does). A page past the end costs only a count.
     */
    IndexedSlice slice(Class<?> type, Selection selection, ListCursor after, int offset, int size) {
        SearchSession session = Search.session(em);
        long total =
                session.search(type).where(f -> filters(f, selection, null)).fetchTotalHitCount();
        if (after == null && offset >= total) {
            return new IndexedSlice(List.of(), total, null);
        }
        int limit = after == null ? (int) Math.min(size, total - offset) : size;
        SearchResult<ListCursor> found =
                inOrder(session, type, selection, after).fetch(offset, limit);
        long following = found.total().hitCount();
        List<ListCursor> hits = found.hits();
        boolean more = following > offset + hits.size();
        return new IndexedSlice(
                hits.stream().map(ListCursor::id).toList(), total, more ? hits.get(hits.size() - 1) : null);
    }

    /** The list's entries after {@code after} (all without one), in the list's order. */
    private static SearchQuery<ListCursor> inOrder(
            SearchSession session, Class<?> type, Selection selection, ListCursor after) {
        return session.search(type)
                .select(f -> f.composite()
                        .from(f.field(ListFields.ORDER, Long.class), f.field(ListFields.ID, Long.class))
                        .as(ListCursor::new))
                .where(f -> after == null
                        ? filters(f, selection, null)
                        : f.and(filters(f, selection, null), following(f, after)))
                .sort(f -> f.field(ListFields.ORDER).then().field(ListFields.ID))
                .toQuery();
    }

    /** The entries after the cursor in the order of {@link ListFields#ORDER}, then {@link ListFields#ID}. */
    private static PredicateFinalStep following(SearchPredicateFactory f, ListCursor after) {
        // Nothing is greater than the greatest long (the order of entries without one), and the index cannot say so.
        PredicateFinalStep laterOrder = after.order() == Long.MAX_VALUE
                ? f.matchNone()
                : f.range().field(ListFields.ORDER).greaterThan(after.order());
        PredicateFinalStep sameOrderLaterId = after.id() == Long.MAX_VALUE
                ? f.matchNone()
                : f.and(
                        f.match().field(ListFields.ORDER).matching(after.order()),
                        f.range().field(ListFields.ID).greaterThan(after.id()));
        return f.or(laterOrder, sameOrderLaterId);
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
     * Every choice of the selection, "or" within a dimension and "and" across them, and its year range; {@code leftOut}
     * (a dimension or {@link FacetCounts#YEARS}) is not applied.
     */
    private static PredicateFinalStep filters(SearchPredicateFactory f, Selection selection, String leftOut) {
        return f.bool(b -> {
            b.must(f.matchAll());
            selection.chosen().forEach((dimension, chosen) -> {
                if (!chosen.isEmpty() && !dimension.equals(leftOut)) {
                    b.filter(f.terms().field(ListFields.facet(dimension)).matchingAny(chosen));
                }
            });
            YearRange years = selection.years();
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
