package org.rt2kb.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.rt2kb.shared.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Watches the embedded PostgreSQL and starts it again when it dies (killed, crashed, stopped by hand), on the same
 * folder and port, so that the application recovers without a restart of its own. While it is down the application
 * answers 503 ({@link DatabaseAvailability}); once it is back, the pool drops the connections of the dead server.
 */
final class EmbeddedPostgresSupervisor implements AutoCloseable {

    static final Duration CHECK_INTERVAL = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresSupervisor.class);

    private final EmbeddedPostgresServer server;
    private final ObjectProvider<DatabaseAvailability> availability;
    private final ObjectProvider<DataSource> dataSource;
    private final ScheduledExecutorService watcher =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("embedded-postgres-supervisor"));
    private long downSince;
    private int failedRestarts;

    EmbeddedPostgresSupervisor(
            EmbeddedPostgresServer server,
            ObjectProvider<DatabaseAvailability> availability,
            ObjectProvider<DataSource> dataSource) {
        this.server = server;
        this.availability = availability;
        this.dataSource = dataSource;
        availability.ifAvailable(database -> database.watch(server::isRunning));
        long interval = CHECK_INTERVAL.toMillis();
        watcher.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (server.isRunning()) {
            return;
        }
        if (failedRestarts == 0) {
            downSince = System.nanoTime();
            log.warn(
                    "The embedded PostgreSQL (process {}) has stopped; starting it again on port {}",
                    server.postmaster().pid(),
                    server.port());
            availability.ifAvailable(database -> database.markDown("the embedded PostgreSQL stopped"));
        }
        try {
            server.restart();
            log.info(
                    "The embedded PostgreSQL is running again as process {}, {} ms after it stopped",
                    server.postmaster().pid(),
                    Duration.ofNanos(System.nanoTime() - downSince).toMillis());
            failedRestarts = 0;
            dropDeadConnections();
        } catch (IOException ex) {
            // Usually processes of the dead server still hold its shared memory for a moment; try again shortly.
            failedRestarts++;
            if (failedRestarts % 20 == 0) {
                log.warn(
                        "The embedded PostgreSQL could not start again yet ({} attempts): {}",
                        failedRestarts,
                        ex.getMessage());
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** The pool's connections to the dead server are closed as they come back, instead of failing one request each. */
    private void dropDeadConnections() {
        DataSource pool = dataSource.getIfAvailable();
        try {
            if (pool != null && pool.isWrapperFor(HikariDataSource.class)) {
                var bean = pool.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (bean != null) {
                    bean.softEvictConnections();
                }
            }
        } catch (SQLException ex) {
            log.debug("Could not reach the connection pool: {}", ex.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        watcher.shutdownNow();
        // A restart under way must not bring the server back after the application has stopped it.
        watcher.awaitTermination(EmbeddedPostgresServer.STARTUP_WAIT.toSeconds() + 5, TimeUnit.SECONDS);
    }
}
