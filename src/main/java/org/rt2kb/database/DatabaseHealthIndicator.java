package org.rt2kb.database;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.rt2kb.shared.DaemonThreads;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health} and of readiness. It answers within {@link #TIMEOUT} whatever the
 * database does: DOWN at once while the database is known to be away, and DOWN when a connection cannot be had and
 * checked in time, rather than waiting for the pool's own timeout.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    static final Duration TIMEOUT = Duration.ofMillis(1500);

    private final DataSource dataSource;
    private final DatabaseAvailability availability;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(DaemonThreads.named("database-health"));

    DatabaseHealthIndicator(DataSource dataSource, DatabaseAvailability availability) {
        this.dataSource = dataSource;
        this.availability = availability;
    }

    @Override
    public Health health() {
        if (!availability.isUp()) {
            return Health.down().build();
        }
        Future<Boolean> check = checker.submit(this::connectionIsValid);
        try {
            return check.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().build()
                    : Health.down().build();
        } catch (TimeoutException | ExecutionException ex) {
            check.cancel(true);
            return Health.down().build();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private boolean connectionIsValid() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
