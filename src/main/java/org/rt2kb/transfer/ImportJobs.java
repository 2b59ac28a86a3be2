package org.rt2kb.transfer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.rt2kb.curation.PublishedChanges;
import org.rt2kb.shared.DaemonThreads;
import org.rt2kb.transfer.ImportPlanner.Plan;
import org.rt2kb.transfer.seed.SeedException;
import org.rt2kb.transfer.seed.SeedImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The imports of this server: each upload is checked at once (the dry run) and kept, ready, until its owner confirms
 * it; then it runs in the background, one import at a time, while the page polls its progress. Jobs live in memory:
 * a restart forgets them, which loses nothing since an unconfirmed upload has written nothing and an import is one
 * transaction.
 */
@Service
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEPT = 20;

    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("kb-import"));

    ImportJobs(ImportPlanner planner, ImportWriter writer) {
        this.planner = planner;
        this.writer = writer;
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
    }

    /** One upload, from its dry run to the end of its import. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final Upload upload;
        private final long createdAt = System.nanoTime();
        private volatile Plan plan;
        private volatile SeedImporter.Counts catalogue;
        private volatile State state;
        private volatile int done;
        private volatile ImportWriter.Result result;
        private volatile List<String> seedProblems = List.of();
        private volatile String failure;
        private volatile PublishedChanges published = PublishedChanges.REVIEW;

        Job(String owner, Upload upload) {
            this.owner = owner;
            this.upload = upload;
        }

        public String id() {
            return id;
        }

        public Upload upload() {
            return upload;
        }

        public Plan plan() {
            return plan;
        }

        public SeedImporter.Counts catalogue() {
            return catalogue;
        }

        public State state() {
            return state;
        }

        public int done() {
            return done;
        }

        public int total() {
            return upload instanceof Upload.Rows rows ? rows.rows().size() : 1;
        }

        public ImportWriter.Result result() {
            return result;
        }

        /** Problems found in the files of a catalogue, as the seed importer words them. */
        public List<String> seedProblems() {
            return seedProblems;
        }

        /** Message key of why a confirmed import wrote nothing, or null. */
        public String failure() {
            return failure;
        }

        public boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }

        /** What the import does to the published practices it changes, as the administrator chose on confirming. */
        public PublishedChanges published() {
            return published;
        }
    }

    /** Reads nothing more: checks the upload (the dry run) and keeps it for its owner to confirm. */
    Job prepare(String owner, Upload upload) {
        Job job = new Job(owner, upload);
        if (upload instanceof Upload.Rows rows) {
            job.plan = planner.plan(rows);
            job.state = job.plan.valid() ? State.READY : State.INVALID;
        } else {
            try {
                job.catalogue = writer.checkCatalogue((Upload.Catalogue) upload);
                job.state = State.READY;
            } catch (SeedException e) {
                job.seedProblems = e.problems();
                job.state = State.INVALID;
            }
        }
        forgetOldJobs();
        jobs.put(job.id, job);
        return job;
    }

    Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(owner));
    }

    /** Starts a ready job, sending the published practices it changes to review. */
    boolean start(Job job) {
        return start(job, PublishedChanges.REVIEW);
    }

    /**
     * Starts a ready job in the background, with the administrator's choice for the published practices it changes;
     * returns false when it is not ready (already started, or invalid).
     */
    synchronized boolean start(Job job, PublishedChanges published) {
        if (job.state != State.READY) {
            return false;
        }
        job.published = published;
        job.state = State.QUEUED;
        Locale locale = LocaleContextHolder.getLocale();
        worker.submit(() -> run(job, locale));
        return true;
    }

    private void run(Job job, Locale locale) {
        job.state = State.RUNNING;
        LocaleContextHolder.setLocale(locale); // Bean Validation words its messages in the importer's language
        try {
            if (job.upload instanceof Upload.Rows rows) {
                job.result = writer.importRows(rows, job.owner, job.published, done -> job.done = done);
            } else {
                job.result = writer.importCatalogue((Upload.Catalogue) job.upload);
            }
            job.done = job.total();
            job.state = State.DONE;
            log.info("Import of {} by {}: {}", job.upload.fileName(), job.owner, job.result);
        } catch (ImportWriter.Rejected e) {
            job.plan = e.plan();
            fail(job, "transfer.failed.invalid");
        } catch (SeedException e) {
            job.seedProblems = e.problems();
            fail(job, "transfer.failed.invalid");
        } catch (UploadException e) {
            fail(job, e.code());
        } catch (RuntimeException e) {
            log.error("Import of {} by {} failed; nothing was written", job.upload.fileName(), job.owner, e);
            fail(job, "transfer.failed.unexpected");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static void fail(Job job, String reason) {
        job.failure = reason;
        job.done = 0;
        job.state = State.FAILED;
    }

    /** Keeps memory bounded: forgets the oldest jobs that are not running. */
    private void forgetOldJobs() {
        if (jobs.size() < KEPT) {
            return;
        }
        jobs.values().stream()
                .filter(job -> job.state != State.QUEUED && job.state != State.RUNNING)
                .sorted(Comparator.comparingLong(job -> job.createdAt))
                .limit(jobs.size() - KEPT + 1L)
                .forEach(job -> jobs.remove(job.id));
    }

    /** Waits for the job to end (tests and benchmarks). */
    boolean await(Job job, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!job.finished() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return job.finished();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
