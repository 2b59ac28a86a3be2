package org.rt2kb.transfer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.rt2kb.curation.PublishedChanges;
import org.rt2kb.shared.ClusterLock;
import org.rt2kb.shared.DaemonThreads;
import org.rt2kb.transfer.ImportPlanner.Plan;
import org.rt2kb.transfer.seed.SeedException;
import org.rt2kb.transfer.seed.SeedImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imports of the cluster: each upload is checked at once (the dry run) and kept, ready, until its owner confirms
 * it; then it runs in the background while the page polls its progress. Jobs are kept in the database with their file,
 * so any node shows them, and the node that takes the confirmation runs the import. One import runs at a time in the
 * whole cluster, under the {@link #LOCK} lock. Each queued or running job also holds a lock of its own: if its node
 * dies, the lock goes with it and the job shows as interrupted. Nothing is lost then, since an import is one
 * transaction.
 */
@Service
public class ImportJobs implements DisposableBean {

    static final String LOCK = "import";

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final CatalogueCount catalogue;
    private final JdbcClient jdbc;
    private final ClusterLock lock;
    /** Writes a job's state in a transaction of its own, visible at once even while the import's own is open. */
    private final TransactionTemplate ownTransaction;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("kb-import"));

    ImportJobs(
            ImportPlanner planner,
            ImportWriter writer,
            CatalogueCount catalogue,
            JdbcClient jdbc,
            ClusterLock lock,
            PlatformTransactionManager transactionManager) {
        this.planner = planner;
        this.writer = writer;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.lock = lock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    enum State {
        READY,
        INVALID,
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * One upload, from its dry run to the end of its import, as read from the database. {@code plan} and
     * {@code catalogue} are the dry run's findings, present only where the page shows them (see {@link #withDryRun}).
     */
    public record Job(
            String id,
            String fileName,
            State state,
            int done,
            int total,
            PublishedChanges published,
            ImportWriter.Result result,
            List<String> seedProblems,
            String failure,
            boolean rejected,
            Plan plan,
            SeedImporter.Counts catalogue) {

        public boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }

        /** This job with the plan, catalogue counts and (lacking its own) problems that {@code check} found. */
        Job withFindingsOf(Job check) {
            return new Job(
                    id,
                    fileName,
                    state,
                    done,
                    total,
                    published,
                    result,
                    seedProblems.isEmpty() ? check.seedProblems() : seedProblems,
                    failure,
                    rejected,
                    check.plan(),
                    check.catalogue());
        }

        /** Whether the page shows the dry run's rows: before confirming, or when the import found them invalid. */
        boolean showsDryRun() {
            return state == State.READY || state == State.INVALID || rejected;
        }
    }

    /**
     * Reads and checks the upload (the dry run), and keeps it for its owner to confirm. Writes nothing to the
     * catalogue.
     *
     * @throws UploadException when the file cannot be read
     */
    Job prepare(String owner, String fileName, byte[] content) {
        boolean catalogueEmpty = catalogue.isEmpty();
        Upload upload = UploadReader.read(fileName, content, catalogueEmpty);
        String id = UUID.randomUUID().toString();
        Job job = check(id, upload, false);
        forgetOldJobs();
        jdbc.sql("""
                insert into import_job (id, owner, file_name, content, catalogue_empty, state, published, total,
                    seed_problems)
                values (:id::uuid, :owner, :name, :content, :empty, :state, :published, :total, :problems)""")
                .param("id", id)
                .param("owner", owner)
                .param("name", job.fileName())
                .param("content", content)
                .param("empty", catalogueEmpty)
                .param("state", job.state().code())
                .param("published", job.published().name())
                .param("total", job.total())
                .param("problems", job.seedProblems().toArray(String[]::new))
                .update();
        return job;
    }

    /** The dry run of an upload: its plan, or the counts or problems of a catalogue. */
    private Job check(String id, Upload upload, boolean rejected) {
        Plan plan = null;
        SeedImporter.Counts counts = null;
        List<String> problems = List.of();
        State state = State.READY;
        if (upload instanceof Upload.Rows rows) {
            plan = planner.plan(rows);
            state = plan.valid() ? State.READY : State.INVALID;
        } else {
            try {
                counts = writer.checkCatalogue((Upload.Catalogue) upload);
            } catch (SeedException e) {
                problems = e.problems();
                state = State.INVALID;
            }
        }
        return new Job(
                id,
                upload.fileName(),
                state,
                0,
                total(upload),
                PublishedChanges.REVIEW,
                null,
                problems,
                null,
                rejected,
                plan,
                counts);
    }

    private static int total(Upload upload) {
        return upload instanceof Upload.Rows rows ? rows.rows().size() : 1;
    }

    /** The job of that id if it belongs to that owner, as it stands now on whichever node runs it. */
    Optional<Job> find(String id, String owner) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // Without the file: the progress page polls this.
        return jdbc.sql("""
                select id, file_name, state, done, total, published, seed_problems, failure, rejected, created,
                    updated, unchanged, published_changed, millis
                from import_job where id = :id::uuid and owner = :owner""")
                .param("id", id)
                .param("owner", owner)
                .query((row, n) -> job(row))
                .optional();
    }

    private Job job(ResultSet row) throws SQLException {
        String id = row.getString("id");
        State state = State.of(row.getString("state"));
        String failure = row.getString("failure");
        if ((state == State.QUEUED || state == State.RUNNING) && !lock.isHeld(jobLock(id))) {
            state = State.FAILED; // its node died with the job's lock, and the import's transaction with it
            failure = "transfer.failed.interrupted";
        }
        long millis = row.getLong("millis");
        ImportWriter.Result result = row.wasNull()
                ? null
                : new ImportWriter.Result(
                        row.getLong("created"),
                        row.getLong("updated"),
                        row.getLong("unchanged"),
                        row.getLong("published_changed"),
                        millis);
        Array problems = row.getArray("seed_problems");
        return new Job(
                id,
                row.getString("file_name"),
                state,
                row.getInt("done"),
                row.getInt("total"),
                PublishedChanges.valueOf(row.getString("published")),
                result,
                Arrays.asList((String[]) problems.getArray()),
                failure,
                row.getBoolean("rejected"),
                null,
                null);
    }

    /**
     * The job with its dry run's findings, where its page shows them. They are worked out again from the kept file:
     * the node that shows them need not be the one that checked it. After an import that found rows invalid, this is
     * the check against the catalogue as it is now, which the import's rolled-back transaction left as it found it.
     */
    Job withDryRun(Job job) {
        if (!job.showsDryRun()) {
            return job;
        }
        return job.withFindingsOf(check(job.id(), upload(job.id()), job.rejected()));
    }

    /** The job's file, read again as it was read when it was checked. */
    private Upload upload(String id) {
        return jdbc.sql("select file_name, content, catalogue_empty from import_job where id = :id::uuid")
                .param("id", id)
                .query((row, n) -> UploadReader.read(
                        row.getString("file_name"), row.getBytes("content"), row.getBoolean("catalogue_empty")))
                .single();
    }

    /**
     * Starts a ready job in the background on this node, with the administrator's choice for the published practices
     * it changes; returns false when it is not ready (already started, on any node, or invalid).
     */
    boolean start(Job job, PublishedChanges published) {
        ClusterLock.Held held = lock.tryAcquire(jobLock(job.id()));
        if (held == null) {
            return false;
        }
        try {
            int queued = jdbc.sql("""
                    update import_job set state = 'queued', published = :published
                    where id = :id::uuid and state = 'ready'""")
                    .param("published", published.name())
                    .param("id", job.id())
                    .update();
            if (queued == 0) {
                held.close();
                return false;
            }
            Locale locale = LocaleContextHolder.getLocale();
            worker.execute(() -> {
                try (held) {
                    run(job.id(), published, locale);
                }
            });
            return true;
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    /** Starts a ready job, sending the published practices it changes to review. */
    boolean start(Job job) {
        return start(job, PublishedChanges.REVIEW);
    }

    private void run(String id, PublishedChanges published, Locale locale) {
        LocaleContextHolder.setLocale(locale); // Bean Validation words its messages in the importer's language
        String owner = null;
        Upload upload = null;
        try (ClusterLock.Held one = lock.acquire(LOCK)) {
            update(id, "update import_job set state = 'running' where id = :id::uuid", null);
            owner = jdbc.sql("select owner from import_job where id = :id::uuid")
                    .param("id", id)
                    .query(String.class)
                    .single();
            upload = upload(id);
            ImportWriter.Result result = upload instanceof Upload.Rows rows
                    ? writer.importRows(rows, owner, published, done -> progress(id, done))
                    : writer.importCatalogue((Upload.Catalogue) upload);
            done(id, result, total(upload));
            log.info("Import of {} by {}: {}", upload.fileName(), owner, result);
        } catch (ImportWriter.Rejected e) {
            fail(id, "transfer.failed.invalid", List.of(), true);
        } catch (SeedException e) {
            fail(id, "transfer.failed.invalid", e.problems(), false);
        } catch (UploadException e) {
            fail(id, e.code(), List.of(), false);
        } catch (RuntimeException e) {
            log.error(
                    "Import of {} by {} failed; nothing was written",
                    upload == null ? id : upload.fileName(),
                    owner,
                    e);
            fail(id, "transfer.failed.unexpected", List.of(), false);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private void progress(String id, int done) {
        update(
                id,
                "update import_job set done = :done where id = :id::uuid",
                statement -> statement.param("done", done));
    }

    private void done(String id, ImportWriter.Result result, int total) {
        update(
                id,
                """
                update import_job set state = 'done', done = :total, created = :created, updated = :updated,
                    unchanged = :unchanged, published_changed = :publishedChanged, millis = :millis
                where id = :id::uuid""",
                statement -> statement
                        .param("total", total)
                        .param("created", result.created())
                        .param("updated", result.updated())
                        .param("unchanged", result.unchanged())
                        .param("publishedChanged", result.publishedChanged())
                        .param("millis", result.millis()));
    }

    private void fail(String id, String reason, List<String> seedProblems, boolean rejected) {
        try {
            update(
                    id,
                    """
                    update import_job set state = 'failed', done = 0, failure = :failure, seed_problems = :problems,
                        rejected = :rejected
                    where id = :id::uuid""",
                    statement -> statement
                            .param("failure", reason)
                            .param("problems", seedProblems.toArray(String[]::new))
                            .param("rejected", rejected));
        } catch (RuntimeException e) {
            // The database is out of reach: the job shows as interrupted once its lock goes.
            log.warn("The failure of import {} could not be recorded", id, e);
        }
    }

    private void update(String id, String sql, UnaryOperator<JdbcClient.StatementSpec> parameters) {
        ownTransaction.executeWithoutResult(status -> {
            JdbcClient.StatementSpec statement = jdbc.sql(sql).param("id", id);
            (parameters == null ? statement : parameters.apply(statement)).update();
        });
    }

    /** Forgets jobs a day old, and keeps the table small. */
    private void forgetOldJobs() {
        jdbc.sql("""
                delete from import_job where created_at < now() - interval '1 day'
                    and (state not in ('queued', 'running') or created_at < now() - interval '7 days')""").update();
    }

    private static String jobLock(String id) {
        return "import-job:" + id;
    }

    /** Waits for the job to end (tests and benchmarks), and answers it as it then stands. */
    Job await(Job job, String owner, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        Job now = job;
        while (!now.finished() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            now = find(job.id(), owner).orElseThrow();
        }
        return now;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
