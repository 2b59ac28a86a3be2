package org.rt2kb.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rt2kb.curation.Curation;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Export, import into an empty catalogue, export again: the files are the same, byte for byte. This test has an
 * application context of its own (a property no other test sets), hence its own embedded PostgreSQL, which it may
 * empty without disturbing the shared, seeded database of the other tests; the context is closed after it.
 */
@SpringBootTest(properties = "kb.test.database=round-trip")
@ActiveProfiles("test")
@Import(TestDatabase.class)
@DirtiesContext
class CatalogueRoundTripTest {

    @Autowired
    CatalogueExport export;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Curation curation;

    @Autowired
    CatalogueCount catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldExportImportIntoAnEmptyCatalogueAndExportTheSameFilesAgain() throws InterruptedException {
        // Statuses other than published must survive too.
        long practice = jdbc.sql("select id from entry where entry_type = 'practice' and slug = :slug")
                .param("slug", "finland-healthcare-undocumented-migrants")
                .query(Long.class)
                .single();
        Entry moved = curation.move(practice, curation.entry(practice).getVersion(), EntryStatus.DRAFT, "test");
        curation.move(practice, moved.getVersion(), EntryStatus.IN_REVIEW, "test");
        Map<String, byte[]> before = export.files(true);
        byte[] zip = export.zip(true);
        assertThat(new String(before.get(CatalogueExport.STATUSES), StandardCharsets.UTF_8))
                .contains(
                        "\"entry\": \"practice:finland-healthcare-undocumented-migrants\",\n      \"status\": \"in-review\"");

        emptyTheCatalogue();
        assertThat(catalogue.isEmpty()).isTrue();
        ImportJobs.Job job = jobs.prepare("admin", "rt2kb-catalogue-all.zip", zip);
        assertThat(job.catalogue()).isNotNull();
        assertThat(job.seedProblems()).isEmpty();
        assertThat(job.state()).isEqualTo(ImportJobs.State.READY);
        assertThat(jobs.start(job)).isTrue();
        job = jobs.await(job, "admin", 120, TimeUnit.SECONDS);
        assertThat(job.failure()).isNull();
        assertThat(job.state()).isEqualTo(ImportJobs.State.DONE);

        Map<String, byte[]> after = export.files(true);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((file, bytes) -> assertThat(new String(after.get(file), StandardCharsets.UTF_8))
                .as(file)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(export.zip(true)).isEqualTo(zip);
        assertThat(jdbc.sql("select count(*) from entry where status = 'published'")
                        .query(Long.class)
                        .single())
                .isGreaterThan(100);
    }

    /** Leaves the schema as Flyway made it: every table empty but the migrations' history and the accounts. */
    private void emptyTheCatalogue() {
        List<String> tables = jdbc.sql("""
                        select quote_ident(tablename) from pg_tables where schemaname = current_schema()
                        and tablename not in ('flyway_schema_history', 'account')""").query(String.class).list();
        jdbc.sql("truncate table " + String.join(", ", tables) + " restart identity cascade")
                .update();
    }
}
