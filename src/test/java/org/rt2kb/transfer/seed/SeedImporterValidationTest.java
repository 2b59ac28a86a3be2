package org.rt2kb.transfer.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rt2kb.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The importer on an empty database: bad files are refused whole, good ones load once. */
@SpringBootTest(properties = "kb.import-seeds=false")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class SeedImporterValidationTest {

    @Autowired
    SeedImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path seeds;

    @BeforeEach
    void emptyCatalogueAndCopyOfTheSeeds() throws IOException {
        jdbc.execute("""
                truncate entry, source_document, region, country, gcm_objective, gcm_principle, sdg_target,
                         practice_group, annex_group restart identity cascade""");
        Path original = Path.of("seeds");
        try (Stream<Path> files = Files.walk(original)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Path copy = seeds.resolve(original.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    @Test
    void shouldRejectAnUnknownCountryNamingFileEntryAndFieldAndWriteNothing() throws IOException {
        replace(
                "practices.json",
                "\"countries\": [\n        \"FI\"\n      ]",
                "\"countries\": [\n        \"XX\"\n      ]");

        assertThatThrownBy(() -> importer.importIfEmpty(location()))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("practices.json: practice 'finland-healthcare-undocumented-migrants': "
                        + "field 'countries': unknown country 'XX'")
                .hasMessageContaining("nothing was imported");
        assertCatalogueEmpty();
    }

    @Test
    void shouldReportEveryProblemAtOnce() throws IOException {
        replace("instruments.json", "\"type\": \"ilo-convention\"", "\"type\": \"ilo-konvention\"");
        replace("links.json", "\"relation\": \"cites\"", "\"relation\": \"quotes\"");

        assertThatThrownBy(() -> importer.importIfEmpty(location())).isInstanceOfSatisfying(SeedException.class, ex -> {
            assertThat(ex.problems())
                    .anyMatch(p -> p.startsWith("instruments.json: instrument 'c029': "
                            + "field 'type': must be one of treaty, protocol, ilo-convention"));
            assertThat(ex.problems())
                    .anyMatch(p -> p.startsWith("links.json: link ") && p.contains("field 'relation'"));
        });
        assertCatalogueEmpty();
    }

    @Test
    void shouldRejectMalformedJsonWithItsLine() throws IOException {
        Files.writeString(seeds.resolve("themes.json"), "{ \"themes\": [ { \"slug\": \"x\", } ] }");

        assertThatThrownBy(() -> importer.importIfEmpty(location()))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("themes.json: invalid JSON")
                .hasMessageContaining("line 1");
        assertCatalogueEmpty();
    }

    @Test
    void shouldRejectAMisspeltFieldAndAMissingFile() throws IOException {
        replace("sources.json", "\"penholder\"", "\"penholdr\"");
        Files.delete(seeds.resolve("reference/countries.json"));

        assertThatThrownBy(() -> importer.importIfEmpty(location()))
                .isInstanceOfSatisfying(
                        SeedException.class,
                        ex -> assertThat(ex.problems())
                                .anySatisfy(p ->
                                        assertThat(p).startsWith("sources.json: invalid JSON at sources[0].penholdr"))
                                .anySatisfy(p -> assertThat(p).startsWith("reference/countries.json: file not found")));
        assertCatalogueEmpty();
    }

    @Test
    void shouldRejectALinkBetweenTypesItsRelationDoesNotJoin() throws IOException {
        String link = "\"from\": \"theme:regularisation\",\n      \"to\": ";
        replace(
                "links.json",
                link + "\"instrument:picum-regularisation-mechanisms\"",
                link + "\"practice:colombia-regularisation-venezuelans\"");

        assertThatThrownBy(() -> importer.importIfEmpty(location()))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("links.json: link 'theme:regularisation relates-to "
                        + "practice:colombia-regularisation-venezuelans': field 'relation': "
                        + "'relates-to' cannot link theme → practice");
        assertCatalogueEmpty();
    }

    @Test
    void shouldImportValidSeedsOnceAndThenChangeNothing() {
        SeedImporter.Result first = importer.importIfEmpty(location());
        long entries = count("entry");
        long links = count("entry_link");

        SeedImporter.Result second = importer.importIfEmpty(location());

        assertThat(first.imported()).isTrue();
        assertThat(first.entries()).isEqualTo(126);
        assertThat(second.imported()).isFalse();
        assertThat(count("entry")).isEqualTo(entries);
        assertThat(count("entry_link")).isEqualTo(links);
    }

    private void assertCatalogueEmpty() {
        for (String table : new String[] {"entry", "country", "region", "source_document", "practice_group"}) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private String location() {
        return seeds.toUri().toString();
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = seeds.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("fixture text in " + file).contains(from);
        Files.writeString(
                path,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
}
