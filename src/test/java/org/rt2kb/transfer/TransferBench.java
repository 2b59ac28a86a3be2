package org.rt2kb.transfer;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Gives the import benchmark (in another package) the package's import steps, timed. */
@TestComponent
public class TransferBench {

    private final ImportJobs jobs;
    private final CsvExport csv;
    private final JdbcClient jdbc;

    TransferBench(ImportJobs jobs, CsvExport csv, JdbcClient jdbc) {
        this.jobs = jobs;
        this.csv = csv;
        this.jdbc = jdbc;
    }

    public record Timing(long dryRunMillis, long importMillis, long created, long practices) {}

    public byte[] publicPracticesCsv() {
        return csv.practices(false);
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        return CsvExport.csv(header, rows);
    }

    public Timing importCsv(byte[] file, long timeout, TimeUnit unit) throws InterruptedException {
        long started = System.nanoTime();
        ImportJobs.Job job = jobs.prepare("benchmark", "bench.csv", file);
        long checked = System.nanoTime();
        if (!jobs.start(job) || (job = jobs.await(job, "benchmark", timeout, unit)).state() != ImportJobs.State.DONE) {
            throw new IllegalStateException("Import did not succeed: " + job.state() + " " + job.failure());
        }
        long done = System.nanoTime();
        long practices =
                jdbc.sql("select count(*) from practice").query(Long.class).single();
        return new Timing(
                (checked - started) / 1_000_000,
                (done - checked) / 1_000_000,
                job.result().created(),
                practices);
    }
}
