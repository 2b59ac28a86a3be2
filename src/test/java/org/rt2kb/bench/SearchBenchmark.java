package org.rt2kb.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rt2kb.search.KnowledgeSearch;
import org.rt2kb.search.SearchIndex;
import org.rt2kb.search.SearchRequest;
import org.rt2kb.search.SearchResult;
import org.rt2kb.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search at scale, side by side with PostgreSQL's own full-text search, on the same data and the same queries (the
 * relevance set). Grows the catalogue to {@code kb.bench.entries} (default 10 000) with {@link CatalogueGenerator},
 * times the rebuild of the index, then times every query of the set on both engines and prints p50/p95 and recall@10.
 * Run: {@code ./mvnw verify -Djacoco.skip=true -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=SearchBenchmark
 * -Dkb.bench.entries=100000} (without the coverage agent, which slows everything by a fifth). The data stays in {@code target/bench-<entries>} for the end-to-end run of
 * {@code src/bench/search-latency.sh}.
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            "kb.data-dir=target/bench-${kb.bench.entries:10000}",
            "kb.embedded-db.ephemeral=false",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem"
        })
@ActiveProfiles("test")
@Import(TestDatabase.class)
class SearchBenchmark {

    private static final int ROUNDS = 5;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndex index;

    @Autowired
    KnowledgeSearch search;

    record Judgement(String q, String lang, String kind, List<String> expected) {}

    record Judgements(String about, List<Judgement> queries) {}

    @Test
    void compareWithPostgresFullText() throws IOException {
        int target = Integer.getInteger("kb.bench.entries", 10_000);
        long existing = jdbc.queryForObject("select count(*) from entry", Long.class);
        if (existing < target) {
            long started = System.nanoTime();
            new CatalogueGenerator(jdbc).grow((int) (target - existing));
            print("generated %d entries in %d ms", target - existing, millis(started));
        }
        long started = System.nanoTime();
        index.build();
        print("mass reindex of %d documents: %d ms", index.documents(), millis(started));
        prepareFullText();

        List<Judgement> queries = load().queries();
        Map<String, Double> slowest = new java.util.HashMap<>();
        List<Double> serviceTimes = new ArrayList<>();
        List<Double> luceneTimes = new ArrayList<>();
        List<Double> postgresTimes = new ArrayList<>();
        double luceneRecall = 0;
        double postgresRecall = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            for (Judgement q : queries) {
                long t0 = System.nanoTime();
                List<String> page = service(q);
                long t1 = System.nanoTime();
                List<String> lucene = search.topEntries(q.q(), 10);
                long t2 = System.nanoTime();
                List<String> postgres = postgres(q.q());
                long t3 = System.nanoTime();
                if (round > 0) { // round 0 warms up both engines
                    serviceTimes.add((t1 - t0) / 1e6);
                    luceneTimes.add((t2 - t1) / 1e6);
                    slowest.merge(q.q(), (t2 - t1) / 1e6, Math::max);
                    postgresTimes.add((t3 - t2) / 1e6);
                }
                if (round == ROUNDS) {
                    luceneRecall += recall(q.expected(), page);
                    postgresRecall += recall(q.expected(), postgres);
                }
            }
        }
        long entries = jdbc.queryForObject("select count(*) from entry", Long.class);
        print("%d entries, %d queries x %d rounds", entries, queries.size(), ROUNDS);
        print(
                "this search, engine (top 10, same task as PostgreSQL): p50 %.2f ms  p95 %.2f ms",
                percentile(luceneTimes, 50), percentile(luceneTimes, 95));
        print(
                "this search, whole service call (facets, highlights, corrections): p50 %.2f ms  p95 %.2f ms  "
                        + "recall@10 %.3f",
                percentile(serviceTimes, 50), percentile(serviceTimes, 95), luceneRecall / queries.size());
        print(
                "PostgreSQL full text (tsvector, GIN, ts_rank): p50 %.2f ms  p95 %.2f ms  recall@10 %.3f",
                percentile(postgresTimes, 50), percentile(postgresTimes, 95), postgresRecall / queries.size());
        slowest.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(5)
                .forEach(e -> print("slowest for this engine: %.2f ms  %s", e.getValue(), e.getKey()));
        print(
                "ratio PostgreSQL / this search at p95: %.1fx",
                percentile(postgresTimes, 95) / percentile(luceneTimes, 95));
    }

    private List<String> service(Judgement q) {
        SearchRequest request = new SearchRequest(q.q(), Map.of(), null, null, null, 0, 20);
        Set<String> top = new LinkedHashSet<>();
        for (SearchResult.Hit hit :
                search.search(request, Locale.forLanguageTag(q.lang())).hits()) {
            top.add(hit.target() != null ? hit.target() : hit.type() + ":" + hit.slug());
        }
        return top.stream().limit(10).toList();
    }

    private List<String> postgres(String q) {
        return jdbc.queryForList("""
                select ref from bench_fts,
                       (select websearch_to_tsquery('english', ?) || websearch_to_tsquery('french', ?)) as q(query)
                where doc @@ query order by ts_rank(doc, query) desc limit 10""", String.class, q, q);
    }

    /** One tsvector per published entry: titles weighted A, texts D, each in its language's configuration. */
    private void prepareFullText() {
        long started = System.nanoTime();
        jdbc.execute("drop table if exists bench_fts");
        jdbc.execute("""
                create table bench_fts as
                select e.id, e.entry_type || ':' || e.slug as ref,
                       setweight(to_tsvector('english', coalesce(x.title_en, '')), 'A')
                       || setweight(to_tsvector('french', coalesce(x.title_fr, '')), 'A')
                       || to_tsvector('english', coalesce(x.text_en, ''))
                       || to_tsvector('french', coalesce(x.text_fr, '')) as doc
                from entry e join (
                    select id, title->'en'->>'text' as title_en, title->'fr'->>'text' as title_fr,
                           description->'en'->>'text' as text_en, description->'fr'->>'text' as text_fr
                    from practice
                    union all select id, title->'en'->>'text', title->'fr'->>'text', body, null from instrument
                    union all select id, title->'en'->>'text', title->'fr'->>'text', summary->'en'->>'text',
                                     text->'fr'->>'text'
                    from theme) x on x.id = e.id
                where e.status = 'published'""");
        jdbc.execute("create index bench_fts_doc on bench_fts using gin (doc)");
        jdbc.execute("analyze bench_fts");
        print("PostgreSQL full-text table and GIN index built in %d ms", millis(started));
    }

    private static double recall(List<String> expected, List<String> top) {
        return (double) expected.stream().filter(top::contains).count() / expected.size();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    private static Judgements load() throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/search/relevance.json")) {
            return JsonMapper.builder().build().readValue(in, Judgements.class);
        }
    }
}
