package org.rt2kb.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the binaries shipped in the application jar, so that the knowledge base runs
 * with no database to install. Its data folder persists between runs unless it is ephemeral.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the server on a data folder of its own, creating the cluster on first use.
     *
     * @param dataDirectory the cluster folder, or {@code null} for a temporary one removed on close
     * @param port loopback port, 0 for any free one
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setRegisterShutdownHook(true)
                    // Durability is kept: fsync stays on. These only trim start-up and memory on a small machine.
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("listen_addresses", "localhost");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                checkUsable(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(),
                    dataDirectory == null ? "a temporary folder" : dataDirectory.toAbsolutePath(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException | RuntimeException ex) {
            throw new EmbeddedDatabaseException(dataDirectory, ex);
        }
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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
