package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.rt2kb.shared.Languages;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.thesaurus.Thesaurus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over themes, practices, instruments and public annotations, in French and English at once. A query
 * is matched against the titles and texts of both languages (titles count more), against codes (a code typed alone
 * comes first), and is widened with the other-language labels of the thesaurus concepts it names. When few hits have
 * every word, hits with most of the words are added; when nothing matches, unknown words are corrected ("did you
 * mean") and the corrected query is searched, or else typos are tolerated.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeSearch {

    /** Longer queries are cut: nobody types more, and Lucene would spend its time on them. */
    static final int MAX_QUERY_LENGTH = 500;
    /** How many of a query's words a hit must have when it does not have them all. */
    static final int MOST_WORDS_PERCENT = 60;
    /** Below this many hits with every word, hits with most of the words are added. */
    static final int FEW = 10;
    /** A word in more than this share of the documents is common: it adds to the score but does not select. */
    static final double COMMON_SHARE = 0.2;
    /** A snippet without any matched word is shown only when it has this many characters or more. */
    static final int MIN_UNMARKED_SNIPPET = 40;
    /** How many labels of a concept a query is widened with: the preferred one and the first alternatives. */
    static final int EXPANSION_LABELS = 3;

    private static final Map<String, String> FILTER_FIELDS = Map.of(
            "type",
            EntryFields.TYPE,
            "theme",
            EntryFields.THEMES,
            "group",
            EntryFields.GROUP,
            "country",
            EntryFields.COUNTRIES,
            "instrumentType",
            EntryFields.INSTRUMENT_TYPE,
            "body",
            EntryFields.BODY);
    private static final Set<SimpleQueryFlag> FLAGS = Set.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE,
            SimpleQueryFlag.ESCAPE,
            SimpleQueryFlag.PREFIX);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    private static final Pattern TYPOGRAPHIC_QUOTES = Pattern.compile("[«»“”„]");
    private static final Pattern OPERATORS = Pattern.compile("[\"|+*()~]|(^|\\s)-");

    private final EntityManager em;
    private final Thesaurus thesaurus;
    private final Spelling spelling;

    KnowledgeSearch(EntityManager em, Thesaurus thesaurus, Spelling spelling) {
        this.em = em;
        this.thesaurus = thesaurus;
        this.spelling = spelling;
    }

    /**
     * The query as it will be searched: control characters removed, French and typographic quotes made straight (so
     * « travail décent » is a phrase), spaces collapsed, cut to a sane length.
     */
    public static String clean(String query) {
        if (query == null) {
            return "";
        }
        String straight = TYPOGRAPHIC_QUOTES.matcher(query).replaceAll("\"");
        String cleaned = SPACES.matcher(CONTROL.matcher(straight).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        return cleaned.length() <= MAX_QUERY_LENGTH
                ? cleaned
                : cleaned.substring(0, MAX_QUERY_LENGTH).strip();
    }

    public SearchResult search(SearchRequest request, Locale locale) {
        String query = clean(request.query());
        if (query.isEmpty()) {
            return SearchResult.empty();
        }
        boolean plain = !OPERATORS.matcher(query).find();
        List<Thesaurus.Match> concepts = selective(thesaurus.conceptsIn(query));
        SearchResult result = run(request, query, concepts, Match.ALL_WORDS, locale);
        if (result.total() >= FEW || !plain) {
            return result;
        }
        if (severalWords(query)) { // few hits with every word: also take those with most of the words
            result = run(request, query, concepts, Match.MOST_WORDS, locale);
        }
        if (result.total() > 0) {
            return result;
        }
        // Nothing found: search the corrected words if some were unknown, else tolerate typos.
        String suggestion = spelling.suggest(query);
        SearchResult retried = suggestion == null
                ? result
                : run(request, suggestion, selective(thesaurus.conceptsIn(suggestion)), Match.MOST_WORDS, locale);
        if (retried.total() == 0) {
            retried = run(request, query, concepts, Match.TYPOS, locale);
        }
        return new SearchResult(
                retried.hits(), retried.total(), retried.facets(), suggestion, true, retried.expandedConcepts());
    }

    /**
     * The entries of the first {@code limit} hits ("type:slug"), without facets, highlights or corrections: the
     * engine's own work, which the benchmark compares with PostgreSQL's full-text search.
     */
    public List<String> topEntries(String typed, int limit) {
        String query = clean(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        SearchRequest request = new SearchRequest(query, Map.of(), null, null, null, 0, limit);
        List<Thesaurus.Match> concepts = selective(thesaurus.conceptsIn(query));
        List<String> top = top(request, query, concepts, Match.ALL_WORDS, limit);
        return top.size() >= Math.min(limit, FEW) || !severalWords(query)
                ? top
                : top(request, query, concepts, Match.MOST_WORDS, limit);
    }

    private List<String> top(
            SearchRequest request, String query, List<Thesaurus.Match> concepts, Match match, int limit) {
        return Search.session(em)
                .search(SearchIndex.TYPES)
                .select(f -> f.composite()
                        .from(
                                f.field(EntryFields.TYPE, String.class),
                                f.field(EntryFields.SLUG, String.class),
                                f.field(EntryFields.TARGET, String.class))
                        .asList())
                .where(f -> predicate(f, request, query, concepts, match))
                .fetchHits(limit)
                .stream()
                .map(row -> row.get(2) != null ? (String) row.get(2) : row.get(0) + ":" + row.get(1))
                .toList();
    }

    /**
     * The concepts named by words that select: a concept named only by common words ("migrants", in most entries)
     * would bring every entry tagged with it, whatever the other words of the query.
     */
    private List<Thesaurus.Match> selective(List<Thesaurus.Match> concepts) {
        if (concepts.isEmpty()) {
            return concepts;
        }
        // One look at the index for the words of every concept named, not one per concept.
        Set<String> common = spelling.common(
                concepts.stream().map(Thesaurus.Match::words).collect(Collectors.joining(" ")), COMMON_SHARE);
        return concepts.stream()
                .filter(concept -> {
                    String[] words = concept.words().split(" ");
                    return Arrays.stream(words)
                                    .filter(common::contains)
                                    .distinct()
                                    .count()
                            < words.length;
                })
                .toList();
    }

    private static boolean severalWords(String query) {
        return SPACES.matcher(query.strip()).find();
    }

    /** How strictly the words of a query must match. */
    private enum Match {
        ALL_WORDS,
        MOST_WORDS,
        TYPOS
    }

    private SearchResult run(
            SearchRequest request, String query, List<Thesaurus.Match> concepts, Match match, Locale locale) {
        SearchSession session = Search.session(em);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        FILTER_FIELDS.keySet().forEach(name -> keys.put(name, AggregationKey.of(name)));
        var search = session.search(SearchIndex.TYPES)
                .select(f -> f.composite()
                        .from(
                                f.field(EntryFields.TYPE, String.class),
                                f.field(EntryFields.SLUG, String.class),
                                f.field(EntryFields.TARGET, String.class),
                                f.field(EntryFields.TITLE_EN, String.class),
                                f.field(EntryFields.TITLE_FR, String.class),
                                f.field(EntryFields.TITLE_ES, String.class),
                                f.field(EntryFields.YEAR, Integer.class),
                                f.score(),
                                f.highlight(EntryFields.TEXT_EN),
                                f.highlight(EntryFields.TEXT_FR),
                                f.highlight(EntryFields.TEXT_ES))
                        .asList())
                .where(f -> predicate(f, request, query, concepts, match))
                .highlighter(h -> h.plain()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(200)
                        .numberOfFragments(1)
                        .noMatchSize(200));
        keys.forEach((name, key) -> search.aggregation(
                key, f -> f.terms().field(FILTER_FIELDS.get(name), String.class).maxTermCount(200)));
        if ("year".equals(request.sort())) {
            search.sort(f ->
                    f.field(EntryFields.YEAR).desc().missing().last().then().score());
        }
        var found = search.fetch(request.page() * request.size(), request.size());
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (List<?> row : found.hits()) {
            hits.add(hit(row, locale));
        }
        hits = notesUnderTheirEntries(hits);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> facets.put(name, found.aggregation(key)));
        return new SearchResult(
                List.copyOf(hits),
                found.total().hitCountLowerBound(),
                facets,
                null,
                match == Match.TYPOS,
                concepts.stream().map(Thesaurus.Match::id).toList());
    }

    private PredicateFinalStep predicate(
            SearchPredicateFactory f,
            SearchRequest request,
            String query,
            List<Thesaurus.Match> concepts,
            Match match) {
        return f.bool(b -> {
            String words = match == Match.TYPOS ? Typos.tolerant(query) : query;
            Set<SimpleQueryFlag> flags = match == Match.TYPOS ? Typos.FLAGS : FLAGS;
            b.should(text(f, words, flags).defaultOperator(BooleanOperator.AND).boost(2f));
            if (match == Match.MOST_WORDS) {
                b.should(mostWords(f, words, flags));
            }
            b.should(f.match().field(EntryFields.CODES).matching(query).boost(30f));
            for (Thesaurus.Match concept : concepts) {
                b.should(f.match()
                        .field(EntryFields.CONCEPTS)
                        .matching(concept.id())
                        .boost(1.5f));
                // Named in one language: the titles of the others are searched with the concept's labels in them.
                EntryFields.TITLES.forEach((language, field) -> {
                    if (!concept.namedIn().contains(language)) {
                        concept.labels(language).stream()
                                .limit(EXPANSION_LABELS)
                                .forEach(label -> b.should(
                                        f.phrase().field(field).boost(2f).matching(label)));
                    }
                });
            }
            b.minimumShouldMatchNumber(1);
            for (String excluded : Typos.exclusions(query)) {
                b.mustNot(f.simpleQueryString().fields(searched()).matching(excluded));
            }
            request.filters().forEach((name, values) -> {
                if (!values.isEmpty() && FILTER_FIELDS.containsKey(name)) {
                    b.filter(f.terms().field(FILTER_FIELDS.get(name)).matchingAny(values));
                }
            });
            if (request.from() != null || request.to() != null) {
                b.filter(f.range().field(EntryFields.YEAR).between(request.from(), request.to()));
            }
        });
    }

    /**
     * Most of the words: of the rarer ones when the query has both rare and common words (those in most documents),
     * the common ones then only adding to the score. Matching common words is what costs most on a large catalogue.
     */
    private PredicateFinalStep mostWords(SearchPredicateFactory f, String words, Set<SimpleQueryFlag> flags) {
        Set<String> common = spelling.common(words, COMMON_SHARE);
        String rare = Typos.without(words, common);
        if (common.isEmpty() || rare.isBlank()) {
            return text(f, words, flags)
                    .defaultOperator(BooleanOperator.OR)
                    .minimumShouldMatchPercent(MOST_WORDS_PERCENT);
        }
        return f.bool()
                .must(text(f, rare, flags)
                        .defaultOperator(BooleanOperator.OR)
                        .minimumShouldMatchPercent(MOST_WORDS_PERCENT))
                .should(text(f, String.join(" ", common), flags).defaultOperator(BooleanOperator.OR));
    }

    /**
     * The words against the titles and other names (which count three times) and the texts of every language: an
     * entry is found by the words of any of its languages, whatever the reader's.
     */
    private static SimpleQueryStringPredicateOptionsStep<?> text(
            SearchPredicateFactory f, String words, Set<SimpleQueryFlag> flags) {
        return f.simpleQueryString()
                .fields(EntryFields.TITLES.values().toArray(String[]::new))
                .boost(3f)
                .field(EntryFields.ALIASES)
                .boost(3f)
                .fields(EntryFields.TEXTS.values().toArray(String[]::new))
                .matching(words)
                .flags(flags);
    }

    private static String[] searched() {
        List<String> fields = new ArrayList<>(EntryFields.TITLES.values());
        fields.addAll(EntryFields.TEXTS.values());
        fields.add(EntryFields.ALIASES);
        return fields.toArray(String[]::new);
    }

    private static SearchResult.Hit hit(List<?> row, Locale locale) {
        Multilingual title = Multilingual.of((String) row.get(3), (String) row.get(4), (String) row.get(5));
        Map<String, String> snippets = new HashMap<>();
        snippets.put("en", first(row.get(8)));
        snippets.put("fr", first(row.get(9)));
        snippets.put("es", first(row.get(10)));
        String language = snippetLanguage(snippets, locale);
        String snippet = language == null ? null : snippets.get(language);
        if (snippet != null && !snippet.contains("<mark>") && snippet.length() < MIN_UNMARKED_SNIPPET) {
            snippet = null; // a body name alone ("ILO") says nothing the title does not
        }
        return new SearchResult.Hit(
                (String) row.get(0),
                (String) row.get(1),
                (String) row.get(2),
                title,
                snippet,
                language == null ? locale.getLanguage() : language,
                (Float) row.get(7),
                (Integer) row.get(6),
                null);
    }

    /**
     * The hits with each public note whose entry is among them shown under that entry, not as a hit of its own: a
     * practice and its status update are one result.
     */
    private static List<SearchResult.Hit> notesUnderTheirEntries(List<SearchResult.Hit> hits) {
        Map<String, SearchResult.Hit> entries = new HashMap<>();
        hits.stream().filter(hit -> hit.target() == null).forEach(hit -> entries.put(hit.entry(), hit));
        List<SearchResult.Hit> result = new ArrayList<>();
        for (SearchResult.Hit hit : hits) {
            SearchResult.Hit entry = hit.target() == null ? null : entries.get(hit.target());
            if (entry != null && entry.note() == null) {
                entries.put(hit.target(), entry.withNote(hit)); // shown under its entry
            } else {
                result.add(hit);
            }
        }
        result.replaceAll(hit -> hit.target() == null ? entries.get(hit.entry()) : hit);
        return result;
    }

    /**
     * The language whose snippet a reader sees: the first, in the reader's order of languages and then the others,
     * whose snippet shows a matched word, else the first that has a snippet at all.
     */
    private static String snippetLanguage(Map<String, String> snippets, Locale locale) {
        Set<String> order = new LinkedHashSet<>(Languages.forReader(locale));
        order.addAll(Languages.CODES);
        for (String language : order) {
            String snippet = snippets.get(language);
            if (snippet != null && snippet.contains("<mark>")) {
                return language;
            }
        }
        return order.stream().filter(l -> snippets.get(l) != null).findFirst().orElse(null);
    }

    private static String first(Object highlights) {
        List<?> list = (List<?>) highlights;
        return list == null || list.isEmpty() ? null : (String) list.get(0);
    }
}
