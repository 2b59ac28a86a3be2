package org.rt2kb.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the binaries shipped in the application jar, so that the knowledge base runs
 * with no database to install. Its data folder persists between runs unless it is ephemeral.
 *
 * <p>The embedding library starts the server; this class adds what a production server needs: durable settings, a
 * server left behind by a killed JVM stopped before the start, and a restart on the same folder and port after a
 * crash ({@link #restart()}, driven by {@link EmbeddedPostgresSupervisor}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Map<String, String> settings;
    private final Path pgCtl;
    private volatile ProcessHandle postmaster;

    private EmbeddedPostgresServer(
            EmbeddedPostgres postgres, Path dataDirectory, Map<String, String> settings, ProcessHandle postmaster) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        this.postmaster = postmaster;
        // pg_ctl sits beside the server binary in the folder the embedding library unpacked.
        this.pgCtl = postmaster
                .info()
                .command()
                .map(Path::of)
                .map(binary -> binary.resolveSibling("pg_ctl"))
                .orElse(null);
    }

    /**
     * Starts the server on a data folder of its own, creating the cluster on first use.
     *
     * @param dataDirectory the cluster folder, or {@code null} for a temporary one removed on close
     * @param port loopback port, 0 for any free one
     * @param durable whether a committed transaction is flushed to disk before the commit returns; only throwaway
     *     databases (tests) turn this off
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
        long started = System.nanoTime();
        Path folder = dataDirectory;
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("kb-postgres");
            } else {
                checkUsable(folder);
                OrphanedServer.stopIfRunning(folder);
            }
            Map<String, String> settings = settings(durable);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(STARTUP_WAIT)
                    // Stopped by the application context, after the web server has finished the requests under
                    // way; the library's own hook would stop it at once, under their feet.
                    .setRegisterShutdownHook(false)
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(dataDirectory == null);
            settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            ProcessHandle postmaster = PostmasterPid.read(folder)
                    .flatMap(PostmasterPid::process)
                    .orElseThrow(() -> new IOException("the server started but wrote no postmaster.pid"));
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    dataDirectory == null ? "a temporary folder" : folder.toAbsolutePath(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedPostgresServer(postgres, folder, settings, postmaster);
        } catch (IOException | RuntimeException ex) {
            throw new EmbeddedDatabaseException(dataDirectory, ex);
        }
    }

    /**
     * The server's settings. The embedding library's defaults are made for tests ({@code -F}, that is
     * {@code fsync=off}, and {@code synchronous_commit=off}); settings given here come after them and win.
     */
    private static Map<String, String> settings(boolean durable) {
        Map<String, String> settings = new LinkedHashMap<>();
        String onOrOff = durable ? "on" : "off";
        settings.put("fsync", onOrOff);
        settings.put("synchronous_commit", onOrOff);
        settings.put("full_page_writes", onOrOff);
        // Sized for the small machine it shares with the application (1-2 cores, docs/performance.md): the pool's 16
        // connections, room for the pool's replacements, the cluster locks and an operator's psql; the catalogue's hot
        // pages in shared buffers; and no parallel workers, which on two cores only compete with the requests running
        // beside them.
        settings.put("max_connections", "40");
        settings.put("shared_buffers", "128MB");
        settings.put("effective_cache_size", "512MB");
        settings.put("max_parallel_workers_per_gather", "0");
        settings.put("listen_addresses", "localhost");
        return settings;
    }

    /** Refuses a data folder that exists but is not a PostgreSQL cluster, rather than letting initdb fail obscurely. */
    private static void checkUsable(Path dataDirectory) throws IOException {
        if (Files.isRegularFile(dataDirectory)) {
            throw new IOException("it is a file, not a folder");
        }
        if (!Files.isDirectory(dataDirectory)) {
            Files.createDirectories(dataDirectory);
            return;
        }
        boolean empty;
        try (var children = Files.list(dataDirectory)) {
            empty = children.findAny().isEmpty();
        }
        if (!empty && !Files.isRegularFile(dataDirectory.resolve("PG_VERSION"))) {
            throw new IOException("the folder is not empty and holds no PostgreSQL cluster (PG_VERSION is missing)");
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    /** The server process (the postmaster), which a crash or an operator may end. */
    public ProcessHandle postmaster() {
        return postmaster;
    }

    public boolean isRunning() {
        return postmaster.isAlive() && !isZombie(postmaster.pid());
    }

    /**
     * A dead process its parent has not reaped yet still counts as alive for Java. The server's parent is whatever
     * adopted it when pg_ctl exited, in a container often a JVM that never reaps, so Linux's own word is read.
     */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException notReadable) {
            return false;
        }
    }

    /**
     * Starts the server again on the same folder and port after it died. PostgreSQL replays its write-ahead log, so
     * every committed transaction is kept. Fails when the server cannot start yet, for instance while processes of the
     * dead server still hold its shared memory; the caller tries again.
     */
    synchronized void restart() throws IOException, InterruptedException {
        if (isRunning()) {
            return;
        }
        if (pgCtl == null) {
            throw new IOException("the location of pg_ctl is unknown");
        }
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port())));
        settings.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // As the embedding library does: PostgreSQL refuses to run as root, so run it in a user namespace.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                pgCtl.toString(),
                "-D",
                dataDirectory.toString(),
                "-o",
                String.join(" ", options),
                "-w",
                "-t",
                Long.toString(STARTUP_WAIT.toSeconds()),
                "start"));
        Process pgCtlStart =
                new ProcessBuilder(command).redirectErrorStream(true).start();
        followOutput(pgCtlStart);
        if (!pgCtlStart.waitFor(STARTUP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) || pgCtlStart.exitValue() != 0) {
            pgCtlStart.destroy();
            throw new IOException("pg_ctl start did not succeed");
        }
        postmaster = PostmasterPid.read(dataDirectory)
                .flatMap(PostmasterPid::process)
                .orElseThrow(() -> new IOException("the server started but wrote no postmaster.pid"));
    }

    /**
     * Logs what the restarted server writes. The server inherits pg_ctl's output, so the reading goes on as long as
     * the server runs; without a reader it would block once the pipe is full.
     */
    private static void followOutput(Process pgCtlStart) {
        Logger output = LoggerFactory.getLogger(EmbeddedPostgresServer.class.getName() + ".output");
        Thread reader = new Thread(
                () -> {
                    try (var lines = pgCtlStart.inputReader().lines()) {
                        lines.forEach(line -> output.info("{}", line));
                    } catch (RuntimeException ex) {
                        output.debug("Output of the embedded PostgreSQL ended: {}", ex.getMessage());
                    }
                },
                "embedded-postgres-output");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
