package org.rt2kb.transfer.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seed catalogue as imported at start: every item of the paper, in the right groups, with every link. */
@CatalogueTest
class SeedCatalogueImportTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SeedImporter importer;

    @Test
    void shouldImportEveryPracticeOfAnnexAInItsCompendiumGroup() {
        assertThat(countsBy("""
                select g.slug, count(p.id) from practice_group g left join practice p on p.group_id = g.id
                group by g.slug"""))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "access-to-healthcare", 8L,
                        "regular-pathways-admission-stay", 6L,
                        "civic-engagement-integration-participation", 8L,
                        "coordination-data-research", 3L,
                        "access-to-information-education", 6L,
                        "decent-work-fair-recruitment", 3L));
        assertThat(jdbc.queryForList("select number from practice order by number", Integer.class))
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 34).boxed().toList());
    }

    @Test
    void shouldImportEveryInstrumentOfAnnexesBAndCOncePerInstrument() {
        assertThat(countsBy("""
                select g.slug, count(m.instrument_id) from annex_group g
                left join instrument_annex_group m on m.annex_group_id = g.id group by g.slug"""))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "b-core-human-rights-treaties", 14L,
                        "b-ilo-conventions", 20L,
                        "b-refugees-stateless-persons", 7L,
                        "c-international-agreements", 3L,
                        "c-guidelines-recommendations-compendiums", 26L,
                        "c-un-thematic-reports", 6L));
        assertThat(jdbc.queryForObject("select count(*) from instrument", Long.class))
                .isEqualTo(74);
        // R205 and the fair-recruitment principles are listed in both annexes: one entry each, in two groups.
        assertThat(jdbc.queryForList("""
                select e.slug from instrument_annex_group m join entry e on e.id = m.instrument_id
                group by e.slug having count(*) > 1 order by e.slug""", String.class)).containsExactly("ilo-fair-recruitment-principles", "r205");
    }

    @Test
    void shouldWriteIloCodesAndDocumentSymbolsCanonically() {
        List<String> codes = jdbc.queryForList("select code from instrument where code is not null", String.class);
        assertThat(codes)
                .contains(
                        "C029",
                        "P029",
                        "C097",
                        "C102",
                        "C189",
                        "C190",
                        "R086",
                        "R115",
                        "R151",
                        "R200",
                        "R201",
                        "R202",
                        "R205",
                        "A/HRC/53/26",
                        "A/HRC/44/42",
                        "A/77/178",
                        "A/77/189",
                        "A/HRC/50/31");
        assertThat(codes).allMatch(code -> code.matches("[CPR]\\d{3}|A/(HRC/)?\\d{2}/\\d{2,3}"));
    }

    @Test
    void shouldImportThemesSectionsGapsAndGuidingQuestions() {
        assertThat(countsBy("select kind, count(*) from theme group by kind"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "introduction",
                        2L,
                        "section",
                        2L,
                        "theme",
                        7L,
                        "sub-theme",
                        2L,
                        "cross-cutting",
                        3L,
                        "gaps",
                        1L,
                        "guiding-questions",
                        1L));
        assertThat(jdbc.queryForList(
                        "select e.slug from theme t join entry e on e.id = t.id where t.kind = 'theme'", String.class))
                .containsExactlyInAnyOrder(
                        "regular-pathways",
                        "borders",
                        "labour-rights",
                        "social-protection",
                        "health",
                        "housing",
                        "climate");
        assertThat(jdbc.queryForObject("select count(*) from practice_gap", Long.class))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from guiding_question", Long.class))
                .isEqualTo(3);
        // Every section has the paper's French text, the project's English summary, and both in Spanish.
        assertThat(jdbc.queryForObject("""
                        select count(*) from theme
                        where not (text ? 'fr' and text ? 'es' and summary ? 'en' and summary ? 'es' and title ? 'es')
                        """, Long.class)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from practice where not (title ? 'es' and description ? 'es')", Long.class))
                .isZero();
        // Every instrument has a French and a Spanish title; most are official, the rest flagged as translations.
        assertThat(jdbc.queryForObject(
                        "select count(*) from instrument where not (title ? 'fr' and title ? 'es')", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from instrument where (title -> 'es' ->> 'unofficial')::boolean", Long.class))
                .isEqualTo(13);
    }

    @Test
    void shouldImportTheReferenceLists() {
        assertThat(jdbc.queryForObject("select count(*) from gcm_objective", Long.class))
                .isEqualTo(23);
        assertThat(jdbc.queryForObject("select count(*) from gcm_principle", Long.class))
                .isEqualTo(10);
        assertThat(jdbc.queryForList("select code from sdg_target", String.class))
                .contains("8.8", "10.7", "17.18");
        assertThat(jdbc.queryForObject("select count(*) from country", Long.class))
                .isGreaterThanOrEqualTo(249);
        assertThat(jdbc.queryForObject("select name::text from country where code = 'FI'", String.class))
                .isEqualTo("{\"en\": {\"text\": \"Finland\"}, \"es\": {\"text\": \"Finlandia\"}, "
                        + "\"fr\": {\"text\": \"Finlande\"}}");
        assertThat(jdbc.queryForObject(
                        "select title -> 'es' ->> 'text' from gcm_objective where number = 6", String.class))
                .startsWith("Facilitar la contratación equitativa");
    }

    @Test
    void shouldKeepEveryLinkTheAnnexesList() throws IOException {
        Set<String> stored = new HashSet<>(jdbc.queryForList("""
                select unnest(links) from practice union select unnest(links) from instrument""", String.class));
        Set<String> missing = new HashSet<>();
        for (String url : annexLinks()) {
            // Browser highlight fragments are not part of the address.
            String address = url.replaceAll("#:%7E:text=.*$", "");
            if (!address.contains("google.com/search") && !stored.contains(address)) {
                missing.add(address);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldLinkThemesToTheInstrumentsTheyCiteAndPracticesToTheirThemes() {
        assertThat(jdbc.queryForList("""
                select i.slug from entry_link l join entry t on t.id = l.from_entry_id
                join entry i on i.id = l.to_entry_id where l.relation = 'cites' and t.slug = 'housing'""", String.class)).contains("r115", "ilo-home-truths-housing-asean");
        assertThat(jdbc.queryForList("""
                select i.slug from entry_link l join entry p on p.id = l.from_entry_id
                join entry i on i.id = l.to_entry_id where l.relation = 'applies' and p.slug = 'recruitment-advisor'""", String.class)).contains("ilo-fair-recruitment-principles", "c181");
        assertThat(jdbc.queryForObject("""
                select count(*) from practice p where not exists (select 1 from entry_link l
                where l.from_entry_id = p.id and l.relation = 'illustrates')""", Long.class)).isZero();
    }

    @Test
    void shouldChangeNothingWhenImportedAgain() {
        String before = fingerprint();

        SeedImporter.Result again = importer.importIfEmpty("classpath:seeds/");

        assertThat(again.imported()).isFalse();
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Counts and last change times of every table the importer writes. */
    private String fingerprint() {
        return jdbc.queryForList("""
                select (select count(*) from entry) || '/' || (select max(updated_at) from entry) || '/'
                    || (select count(*) from entry_link) || '/' || (select count(*) from annotation) || '/'
                    || (select count(*) from country) || '/' || (select count(*) from source_document)""", String.class).get(0);
    }

    private Map<String, Long> countsBy(String sql) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** Every address printed in the link blocks of Annexes A, B and C of the source paper. */
    private static Set<String> annexLinks() throws IOException {
        String paper = Files.readString(Path.of("src", "test", "resources", "source", "rt2-background-paper.txt"));
        String annexes = paper.substring(paper.indexOf("Annex A: Compendium"));
        Set<String> links = new HashSet<>();
        Matcher m = Pattern.compile("https://\\S+").matcher(annexes);
        while (m.find()) {
            links.add(m.group());
        }
        return links;
    }
}
