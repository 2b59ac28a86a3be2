package org.rt2kb.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grows the seeded catalogue to a given size with realistic bilingual entries, for benchmarks: 80 % practices and
 * 20 % instruments, whose titles and texts are recombined from the paper's own sentences in both languages. A practice
 * has one country (a quarter of them two), a year (a third of them a period), a scope, a compendium group, one or two
 * themes, an instrument it applies for half of them, up to two GCM objectives, an SDG target for half of them, and two
 * thesaurus concepts. The same size and seed give
 * the same catalogue. Rows are written with JDBC batches; the search index is rebuilt afterwards.
 */
final class CatalogueGenerator {

    static final long SEED = 20231128L;
    private static final long FIRST_ID = 1_000_000L;
    private static final int BATCH = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final JdbcTemplate jdbc;
    private final Random random = new Random(SEED);

    CatalogueGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Grows the catalogue to the benchmarks' size ({@code kb.bench.entries}, 10 000 unless set) when it is smaller,
     * and says so by failing: the index of the grown catalogue is built at the next start, which the run then times.
     */
    static void growToTarget(JdbcTemplate jdbc) {
        int target = Integer.getInteger("kb.bench.entries", 10_000);
        long existing = jdbc.queryForObject("select count(*) from entry", Long.class);
        if (existing < target) {
            new CatalogueGenerator(jdbc).grow((int) (target - existing));
            throw new IllegalStateException("Catalogue grown to " + target + " entries: run again to index and time");
        }
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
            List<String> bodies,
            List<Integer> gcmObjectives,
            List<String> sdgTargets,
            List<Long> instruments) {}

    private static final List<String> SCOPES =
            List.of("local", "national", "national", "bilateral", "regional", "global");

    /** Adds {@code count} generated entries; returns how many were written. */
    int grow(int count) {
        Pools pools = pools();
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> practices = new ArrayList<>();
        List<Object[]> instruments = new ArrayList<>();
        List<Object[]> countries = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> concepts = new ArrayList<>();
        List<Object[]> objectives = new ArrayList<>();
        List<Object[]> targets = new ArrayList<>();
        // A folder grown before holds generated entries 0 … n-1: the new ones follow them.
        long before = jdbc.queryForObject("select count(*) from entry where id >= ?", Long.class, FIRST_ID);
        for (long i = before; i < before + count; i++) {
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
                    generatedTexts(
                            country[1] + " — " + title[0] + " (" + year + ")",
                            country[2] + " — " + title[1] + " (" + year + ")"),
                    generatedTexts(sentences(pools.sentencesEn(), 3), sentences(pools.sentencesFr(), 3)),
                    year,
                    random.nextInt(3) == 0 ? year + 1 + random.nextInt(5) : null,
                    pick(SCOPES)
                });
                countries.add(new Object[] {id, country[0], 0});
                String[] second = pick(pools.countries());
                if (random.nextInt(4) == 0 && !second[0].equals(country[0])) {
                    countries.add(new Object[] {id, second[0], 1});
                }
                long theme = pick(pools.themes());
                links.add(new Object[] {id, theme, "illustrates"});
                long other = pick(pools.themes());
                if (random.nextBoolean() && other != theme) {
                    links.add(new Object[] {id, other, "illustrates"});
                }
                if (random.nextBoolean()) {
                    links.add(new Object[] {id, pick(pools.instruments()), "applies"});
                }
                for (int n = random.nextInt(3); n > 0; n--) {
                    objectives.add(new Object[] {id, pick(pools.gcmObjectives())});
                }
                if (random.nextBoolean()) {
                    targets.add(new Object[] {id, pick(pools.sdgTargets())});
                }
            } else {
                String[] title = pick(pools.instrumentTitles());
                instruments.add(new Object[] {
                    id,
                    generatedTexts(
                            title[0] + " — " + sentences(pools.sentencesEn(), 1),
                            title[1] == null ? null : title[1] + " — " + sentences(pools.sentencesFr(), 1)),
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
            if (entries.size() == BATCH || i == before + count - 1) {
                flush(entries, practices, instruments, countries, links, concepts, objectives, targets);
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
            List<Object[]> concepts,
            List<Object[]> objectives,
            List<Object[]> targets) {
        jdbc.batchUpdate("insert into entry (id, entry_type, slug) values (?, ?, ?)", entries);
        jdbc.batchUpdate("""
                insert into practice (id, group_id, title, description, start_year, end_year, scope, actor_type)
                values (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, 'government')""", practices);
        jdbc.batchUpdate("""
                insert into instrument (id, title, year, type, body, binding)
                values (?, ?::jsonb, ?, ?, ?, ?)""", instruments);
        jdbc.batchUpdate(
                "insert into practice_country (practice_id, country_code, position) values (?, ?, ?)", countries);
        jdbc.batchUpdate(
                "insert into entry_link (from_entry_id, to_entry_id, relation) values (?, ?, ?) on conflict do nothing",
                links);
        jdbc.batchUpdate(
                "insert into entry_gcm_objective (entry_id, objective_number) values (?, ?) on conflict do nothing",
                objectives);
        jdbc.batchUpdate(
                "insert into entry_sdg_target (entry_id, target_code) values (?, ?) on conflict do nothing", targets);
        jdbc.batchUpdate(
                "insert into entry_concept (entry_id, concept_id) values (?, ?) on conflict do nothing", concepts);
        List.of(entries, practices, instruments, countries, links, concepts, objectives, targets)
                .forEach(List::clear);
    }

    private Pools pools() {
        List<String> en = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        jdbc.query("select description->'en'->>'text', description->'fr'->>'text' from practice", (RowCallbackHandler)
                rs -> {
                    split(rs.getString(1), en);
                    split(rs.getString(2), fr);
                });
        jdbc.query("select summary->'en'->>'text', text->'fr'->>'text' from theme", (RowCallbackHandler) rs -> {
            split(rs.getString(1), en);
            split(rs.getString(2), fr);
        });
        List<String[]> practiceTitles = jdbc.query(
                "select title->'en'->>'text', coalesce(title->'fr'->>'text', title->'en'->>'text') from practice",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
        List<String[]> instrumentTitles =
                jdbc.query("select title->'en'->>'text', title->'fr'->>'text' from instrument", (rs, n) ->
                        new String[] {rs.getString(1), rs.getString(2)});
        List<String[]> countries = jdbc.query(
                "select code, name->'en'->>'text', name->'fr'->>'text' from country order by code",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
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
                jdbc.queryForList("select distinct body from instrument order by body", String.class),
                jdbc.queryForList("select number from gcm_objective order by number", Integer.class),
                jdbc.queryForList("select code from sdg_target order by code", String.class),
                jdbc.queryForList("select id from instrument order by id", Long.class));
    }

    /** Texts in English and, when there is one, French, in the JSON of every entry text, flagged as not official. */
    private static String generatedTexts(String en, String fr) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("en", Map.of("text", en, "unofficial", true));
        if (fr != null) {
            texts.put("fr", Map.of("text", fr, "unofficial", true));
        }
        return JSON.writeValueAsString(texts);
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
