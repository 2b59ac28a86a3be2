package org.rt2kb.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.hibernate.TransactionException;
import org.rt2kb.shared.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers. Once a request fails to reach it, or the embedded server is seen to die, it is
 * "down": pages answer at once with 503 instead of each waiting for a connection, and a probe tries a connection
 * every second until one works again.
 */
@Component
public class DatabaseAvailability implements DisposableBean {

    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final DataSource dataSource;
    private final ScheduledExecutorService prober =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("database-probe"));
    private volatile ScheduledFuture<?> probe;
    private volatile BooleanSupplier serverRunning = () -> true;

    DatabaseAvailability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isUp() {
        return probe == null;
    }

    /** Marks the database down, once, and starts probing it. */
    public synchronized void markDown(String reason) {
        if (probe != null) {
            return;
        }
        log.warn("The database is unavailable ({}); answering 503 until it is back", reason);
        long interval = PROBE_INTERVAL.toMillis();
        probe = prober.scheduleWithFixedDelay(this::probe, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Marks the database down when {@code failure} shows that it could not be reached, rather than that a query was
     * wrong.
     *
     * @return whether it was such a failure
     */
    public boolean noticeFailure(Throwable failure) {
        SQLException cause = connectionFailure(failure);
        if (cause != null) {
            markDown(cause.getMessage());
            return true;
        }
        // A failure on a connection the pool has already closed carries no SQLSTATE; the server's state tells.
        if (hasSqlCause(failure) && !serverRunning.getAsBoolean()) {
            markDown("the database server has stopped");
            return true;
        }
        return !isUp() && hasSqlCause(failure);
    }

    /** Lets a server this application runs itself tell at once whether it is running. */
    void watch(BooleanSupplier running) {
        this.serverRunning = running;
    }

    private static boolean hasSqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection failure behind {@code failure}, if it is one: no connection from the pool in time, the SQLSTATE
     * classes of a lost connection (08) and of a server shutting down or starting (57P), or a transaction that could
     * not even be committed or rolled back on its connection (which then hides the first failure).
     */
    private static SQLException connectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException sql) {
                return sql;
            }
            if (t instanceof TransactionException && t.getCause() instanceof SQLException sql) {
                return sql;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return sql;
            }
        }
        return null;
    }

    private void probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(1)) {
                markUp();
            }
        } catch (SQLException | RuntimeException ex) {
            log.debug("The database is still unavailable: {}", ex.getMessage());
        }
    }

    private synchronized void markUp() {
        if (probe != null) {
            probe.cancel(false);
            probe = null;
            log.info("The database is available again");
        }
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
    }
}
