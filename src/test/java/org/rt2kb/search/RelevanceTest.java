package org.rt2kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures search quality on the relevance set in {@code src/test/resources/search/relevance.json}: queries a drafter
 * would type, in English, French and Spanish, with the entries they would expect in the first ten hits. Prints
 * recall@10 and MRR per language and per kind of query, and fails below floors set from what the engine reaches
 * (docs/search.md).
 */
@CatalogueTest
class RelevanceTest {

    /** The floor of recall@10 and of MRR for the queries of each language. */
    static final double FLOOR = 0.90;
    /** The floor for the queries whose words are in another language than the entries they expect. */
    static final double CROSS_LANGUAGE_FLOOR = 0.80;

    @Autowired
    KnowledgeSearch search;

    record Judgement(String q, String lang, String kind, List<String> expected) {}

    record Judgements(String about, List<Judgement> queries) {}

    /** Recall@10 and reciprocal rank of one query. */
    record Score(double recall, double reciprocalRank) {}

    @Test
    void shouldFindWhatDraftersExpectInTheFirstTenHits() throws IOException {
        Judgements set = load();
        Map<String, List<Score>> byLanguage = new TreeMap<>();
        Map<String, List<Score>> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Judgement judgement : set.queries()) {
            List<String> top = topTen(judgement);
            Score score = score(judgement.expected(), top);
            byLanguage.computeIfAbsent(judgement.lang(), k -> new ArrayList<>()).add(score);
            byKind.computeIfAbsent(judgement.kind(), k -> new ArrayList<>()).add(score);
            if (score.recall() < 1) {
                misses.add(String.format(
                        Locale.ROOT,
                        "  %s %-14s %-45s recall %.2f  top: %s",
                        judgement.lang(),
                        judgement.kind(),
                        judgement.q(),
                        score.recall(),
                        top.subList(0, Math.min(3, top.size()))));
            }
        }
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT, "Relevance set: %d queries%n", set.queries().size()));
        byLanguage.forEach((language, scores) -> report.append(line(language, scores)));
        byKind.forEach((kind, scores) -> report.append(line(kind, scores)));
        report.append("Queries missing an expected entry:\n").append(String.join("\n", misses));
        System.out.println(report);

        assertThat(byLanguage.get("es")).hasSizeGreaterThanOrEqualTo(40);
        for (String language : List.of("en", "fr", "es")) {
            assertFloor(language, byLanguage.get(language), FLOOR - spread());
        }
        assertFloor("cross-language", byKind.get("cross-language"), CROSS_LANGUAGE_FLOOR - spread());
    }

    /** How far the backend's figures move from one run to the next on the same catalogue (docs/search.md). */
    double spread() {
        return 0;
    }

    private static void assertFloor(String group, List<Score> scores, double floor) {
        assertThat(mean(scores, Score::recall)).as(group + " recall@10").isGreaterThanOrEqualTo(floor);
        assertThat(mean(scores, Score::reciprocalRank)).as(group + " MRR").isGreaterThanOrEqualTo(floor);
    }

    private static String line(String group, List<Score> scores) {
        return String.format(
                Locale.ROOT,
                "  %-14s %3d queries  recall@10 %.3f  MRR %.3f%n",
                group,
                scores.size(),
                mean(scores, Score::recall),
                mean(scores, Score::reciprocalRank));
    }

    /** The first ten distinct entries hit; an annotation counts as the entry it is about. */
    private List<String> topTen(Judgement judgement) {
        SearchRequest request = new SearchRequest(judgement.q(), Map.of(), null, null, null, 0, 20);
        Set<String> entries = new LinkedHashSet<>();
        for (SearchResult.Hit hit :
                search.search(request, Locale.forLanguageTag(judgement.lang())).hits()) {
            entries.add(hit.target() != null ? hit.target() : hit.type() + ":" + hit.slug());
        }
        return entries.stream().limit(10).toList();
    }

    static Score score(List<String> expected, List<String> top) {
        long found = expected.stream().filter(top::contains).count();
        int first = -1;
        for (int i = 0; i < top.size() && first < 0; i++) {
            if (expected.contains(top.get(i))) {
                first = i;
            }
        }
        return new Score((double) found / expected.size(), first < 0 ? 0 : 1.0 / (first + 1));
    }

    private static double mean(List<Score> scores, java.util.function.ToDoubleFunction<Score> value) {
        return scores.stream().mapToDouble(value).average().orElse(0);
    }

    private static Judgements load() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/search/relevance.json")) {
            return JsonMapper.builder().build().readValue(in, Judgements.class);
        }
    }
}
