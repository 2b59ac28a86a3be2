package org.rt2kb.transfer;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.rt2kb.curation.Curation;
import org.rt2kb.curation.Curation.Imported;
import org.rt2kb.curation.PublishedChanges;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.practice.PracticeForm;
import org.rt2kb.search.SearchIndex;
import org.rt2kb.shared.Coded;
import org.rt2kb.transfer.CatalogueExport.StatusSeed;
import org.rt2kb.transfer.CatalogueExport.StatusesFile;
import org.rt2kb.transfer.ImportPlanner.Action;
import org.rt2kb.transfer.ImportPlanner.Plan;
import org.rt2kb.transfer.seed.SeedException;
import org.rt2kb.transfer.seed.SeedImporter;
import org.rt2kb.transfer.seed.ThesaurusImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an import, all or nothing: every row is checked again inside the one transaction that saves them (the
 * catalogue may have changed since the dry run), and any invalid row rolls everything back. Saved entries are
 * reindexed once the transaction has committed.
 */
@Component
class ImportWriter {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private final ImportPlanner planner;
    private final Curation curation;
    private final SeedImporter seeds;
    private final ThesaurusImporter thesaurus;
    private final SearchIndex index;
    private final EntityManager em;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ImportWriter(
            ImportPlanner planner,
            Curation curation,
            SeedImporter seeds,
            ThesaurusImporter thesaurus,
            SearchIndex index,
            EntityManager em,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.planner = planner;
        this.curation = curation;
        this.seeds = seeds;
        this.thesaurus = thesaurus;
        this.index = index;
        this.em = em;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What an import did; {@code publishedChanged} of the updates changed published practices. */
    record Result(long created, long updated, long unchanged, long publishedChanged, long millis) {}

    /** The rows were found invalid when checked again at import time; nothing was written. */
    static final class Rejected extends RuntimeException {
        private final transient Plan plan;

        Rejected(Plan plan) {
            super("invalid rows");
            this.plan = plan;
        }

        Plan plan() {
            return plan;
        }
    }

    /**
     * Creates drafts for new slugs and updates the practices whose slug exists, as {@code author}: their status
     * stays, but published ones go to review unless {@code published} says to publish the changes directly.
     *
     * @throws Rejected when a row is invalid
     */
    Result importRows(Upload.Rows upload, String author, PublishedChanges published, IntConsumer progress) {
        long started = System.nanoTime();
        Plan[] checked = new Plan[1];
        long[] times = new long[2];
        List<Long> ids = transaction.execute(status -> {
            index.pauseAutomaticIndexing();
            Plan plan = planner.plan(upload);
            times[0] = System.nanoTime();
            if (!plan.valid()) {
                throw new Rejected(plan);
            }
            checked[0] = plan;
            List<Imported<PracticeForm>> forms = plan.outcomes().stream()
                    .filter(o -> o.action() == Action.CREATE || o.action() == Action.UPDATE)
                    .map(o -> new Imported<>(o.id(), o.form()))
                    .toList();
            return curation.importAll(curation.editor(EntryType.PRACTICE), forms, author, published, progress);
        });
        times[1] = System.nanoTime();
        index.reindex(ids);
        log.info(
                "Imported {} rows from {}: checked in {} ms, saved in {} ms, reindexed in {} ms",
                upload.rows().size(),
                upload.fileName(),
                (times[0] - started) / 1_000_000,
                (times[1] - times[0]) / 1_000_000,
                (System.nanoTime() - times[1]) / 1_000_000);
        var counts = checked[0].counts();
        return new Result(
                counts.get(Action.CREATE),
                counts.get(Action.UPDATE),
                counts.get(Action.UNCHANGED),
                checked[0].publishedChanges(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Fills an empty catalogue from the files of an export, with the seed importers, then gives every entry the
     * status {@code statuses.json} names (the full export has it; without it every entry is published, as seeds are).
     */
    Result importCatalogue(Upload.Catalogue upload) {
        long started = System.nanoTime();
        Path folder = unpack(upload.files());
        try {
            String location = folder.toUri().toString();
            long entries = transaction.execute(status -> {
                SeedImporter.Result result = seeds.importIfEmpty(location);
                if (!result.imported()) {
                    throw new UploadException(HttpStatus.CONFLICT, "transfer.error.not-empty");
                }
                if (upload.files().containsKey("thesaurus.json")) {
                    thesaurus.importIfEmpty(location);
                }
                em.flush();
                em.clear();
                applyStatuses(upload.files().get(CatalogueExport.STATUSES));
                return result.entries();
            });
            index.build();
            return new Result(entries, 0, 0, 0, (System.nanoTime() - started) / 1_000_000);
        } finally {
            FileSystemUtils.deleteRecursively(folder.toFile());
        }
    }

    /** Checks the files of a catalogue without writing: the dry run of {@link #importCatalogue}. */
    SeedImporter.Counts checkCatalogue(Upload.Catalogue upload) {
        Path folder = unpack(upload.files());
        try {
            SeedImporter.Counts counts = seeds.check(folder.toUri().toString());
            statuses(upload.files().get(CatalogueExport.STATUSES));
            return counts;
        } finally {
            FileSystemUtils.deleteRecursively(folder.toFile());
        }
    }

    private void applyStatuses(byte[] file) {
        List<String> problems = new ArrayList<>();
        for (StatusSeed status : statuses(file)) {
            String[] reference =
                    status.entry() == null ? new String[0] : status.entry().split(":", 2);
            int changed = reference.length != 2
                    ? 0
                    : jdbc.sql("""
                            update entry set status = :status where entry_type = :type and slug = :slug""")
                            .param("status", status.status())
                            .param("type", reference[0])
                            .param("slug", reference[1])
                            .update();
            if (changed != 1) {
                problems.add(CatalogueExport.STATUSES + ": no such entry " + status.entry());
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
    }

    private static List<StatusSeed> statuses(byte[] file) {
        if (file == null) {
            return List.of();
        }
        StatusesFile statuses;
        try {
            statuses = JsonMapper.builder().build().readValue(file, StatusesFile.class);
        } catch (JacksonException e) {
            throw new SeedException(
                    List.of(CatalogueExport.STATUSES + ": invalid JSON (" + e.getOriginalMessage() + ")"));
        }
        List<String> problems = new ArrayList<>();
        for (StatusSeed status : statuses.statuses() == null ? List.<StatusSeed>of() : statuses.statuses()) {
            if (Coded.fromCode(EntryStatus.class, status.status()).isEmpty()) {
                problems.add(CatalogueExport.STATUSES + ": " + status.entry() + ": unknown status '" + status.status()
                        + "' (expected " + Coded.codesOf(EntryStatus.class) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return statuses.statuses() == null ? List.of() : statuses.statuses();
    }

    private static Path unpack(Map<String, byte[]> files) {
        try {
            Path folder = Files.createTempDirectory("kb-import-");
            for (var file : files.entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    throw new UploadException(HttpStatus.BAD_REQUEST, "transfer.error.bad-zip");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
