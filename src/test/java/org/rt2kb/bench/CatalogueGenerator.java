package org.rt2kb.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Grows the seeded catalogue to a given size with realistic bilingual entries, for benchmarks: 80 % practices and
 * 20 % instruments, whose titles and texts are recombined from the paper's own sentences in both languages, each in a
 * country, a year, a compendium group, with one or two themes and two thesaurus concepts. The same size and seed give
 * the same catalogue. Rows are written with JDBC batches; the search index is rebuilt afterwards.
 */
final class CatalogueGenerator {

    static final long SEED = 20231128L;
    private static final long FIRST_ID = 1_000_000L;
    private static final int BATCH = 2_000;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final JdbcTemplate jdbc;
    private final Random random = new Random(SEED);

    CatalogueGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Pools(
            List<String> sentencesEn,
            List<String> sentencesFr,
            List<String[]> practiceTitles,
            List<String[]> instrumentTitles,
            List<String[]> countries,
            List<Long> groups,
            List<Long> themes,
            List<String> concepts,
            List<String> bodies) {}

    /** Adds {@code count} generated entries; returns how many were written. */
    int grow(int count) {
        Pools pools = pools();
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> practices = new ArrayList<>();
        List<Object[]> instruments = new ArrayList<>();
        List<Object[]> countries = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> concepts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = FIRST_ID + i;
            boolean practice = i % 5 != 4;
            entries.add(new Object[] {
                id, practice ? "practice" : "instrument", (practice ? "gen-practice-" : "gen-instrument-") + i
            });
            int year = 1990 + random.nextInt(35);
            if (practice) {
                String[] title = pick(pools.practiceTitles());
                String[] country = pick(pools.countries());
                practices.add(new Object[] {
                    id,
                    pick(pools.groups()),
                    country[1] + " — " + title[0] + " (" + year + ")",
                    country[2] + " — " + title[1] + " (" + year + ")",
                    sentences(pools.sentencesEn(), 3),
                    sentences(pools.sentencesFr(), 3),
                    year
                });
                countries.add(new Object[] {id, country[0]});
                links.add(new Object[] {id, pick(pools.themes())});
            } else {
                String[] title = pick(pools.instrumentTitles());
                instruments.add(new Object[] {
                    id,
                    title[0] + " — " + sentences(pools.sentencesEn(), 1),
                    title[1] == null ? null : title[1] + " — " + sentences(pools.sentencesFr(), 1),
                    year,
                    pick(List.of("treaty", "report", "guidelines", "ilo-recommendation", "declaration")),
                    pick(pools.bodies()),
                    random.nextBoolean()
                });
            }
            String first = pick(pools.concepts());
            String second = pick(pools.concepts());
            concepts.add(new Object[] {id, first});
            if (!second.equals(first)) {
                concepts.add(new Object[] {id, second});
            }
            if (entries.size() == BATCH || i == count - 1) {
                flush(entries, practices, instruments, countries, links, concepts);
            }
        }
        jdbc.execute("select setval(pg_get_serial_sequence('entry', 'id'), (select max(id) from entry))");
        return count;
    }

    private void flush(
            List<Object[]> entries,
            List<Object[]> practices,
            List<Object[]> instruments,
            List<Object[]> countries,
            List<Object[]> links,
            List<Object[]> concepts) {
        jdbc.batchUpdate("insert into entry (id, entry_type, slug) values (?, ?, ?)", entries);
        jdbc.batchUpdate("""
                insert into practice (id, group_id, title_en, title_fr, description_en, description_fr, start_year,
                                      scope, actor_type, en_unofficial, fr_unofficial)
                values (?, ?, ?, ?, ?, ?, ?, 'national', 'government', true, true)""", practices);
        jdbc.batchUpdate("""
                insert into instrument (id, title_en, title_fr, year, type, body, binding)
                values (?, ?, ?, ?, ?, ?, ?)""", instruments);
        jdbc.batchUpdate(
                "insert into practice_country (practice_id, country_code, position) values (?, ?, 0)", countries);
        jdbc.batchUpdate(
                "insert into entry_link (from_entry_id, to_entry_id, relation) values (?, ?, 'illustrates')", links);
        jdbc.batchUpdate(
                "insert into entry_concept (entry_id, concept_id) values (?, ?) on conflict do nothing", concepts);
        List.of(entries, practices, instruments, countries, links, concepts).forEach(List::clear);
    }

    private Pools pools() {
        List<String> en = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        jdbc.query("select description_en, description_fr from practice", (RowCallbackHandler) rs -> {
            split(rs.getString(1), en);
            split(rs.getString(2), fr);
        });
        jdbc.query("select summary_en, text_fr from theme", (RowCallbackHandler) rs -> {
            split(rs.getString(1), en);
            split(rs.getString(2), fr);
        });
        List<String[]> practiceTitles =
                jdbc.query("select title_en, coalesce(title_fr, title_en) from practice", (rs, n) ->
                        new String[] {rs.getString(1), rs.getString(2)});
        List<String[]> instrumentTitles = jdbc.query("select title_en, title_fr from instrument", (rs, n) ->
                new String[] {rs.getString(1), rs.getString(2)});
        List<String[]> countries = jdbc.query("select code, name_en, name_fr from country order by code", (rs, n) ->
                new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        return new Pools(
                en,
                fr,
                practiceTitles,
                instrumentTitles,
                countries,
                jdbc.queryForList("select id from practice_group order by id", Long.class),
                jdbc.queryForList(
                        "select t.id from theme t where t.kind in ('theme', 'sub-theme', 'cross-cutting') "
                                + "order by t.id",
                        Long.class),
                jdbc.queryForList("select id from concept order by id", String.class),
                jdbc.queryForList("select distinct body from instrument order by body", String.class));
    }

    private static void split(String text, List<String> into) {
        if (text == null) {
            return;
        }
        for (String sentence : SENTENCE_END.split(text.replaceAll("\\[\\^\\d+]", ""))) {
            if (sentence.length() > 40) {
                into.add(sentence.strip());
            }
        }
    }

    private String sentences(List<String> pool, int count) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pick(pool));
        }
        return String.join(" ", chosen);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
