package org.rt2kb.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a failed start caused by the database into a short report naming the database and the cause, instead of a
 * page of stack trace: the embedded server could not start, or the configured server cannot be reached.
 */
class DatabaseStartupFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseStartupFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        EmbeddedDatabaseException embedded = find(failure, EmbeddedDatabaseException.class);
        if (embedded != null) {
            return new FailureAnalysis(
                    embedded.getMessage(),
                    "Check that the data folder (kb.data-dir, env KB_DATA_DIR) is writable and holds only what the "
                            + "knowledge base put there; move a damaged 'postgres' folder aside to start afresh, or set "
                            + "SPRING_DATASOURCE_URL to use a PostgreSQL server.",
                    embedded);
        }
        SQLException sql = find(failure, SQLException.class);
        String url = environment.getProperty("spring.datasource.url");
        if (sql != null && url != null) {
            return new FailureAnalysis(
                    "Cannot connect to the database at " + url + ": " + EmbeddedDatabaseException.rootMessage(sql),
                    "Check that PostgreSQL is running and reachable at that address and that SPRING_DATASOURCE_USERNAME "
                            + "and SPRING_DATASOURCE_PASSWORD are right, or unset SPRING_DATASOURCE_URL to use the "
                            + "embedded database.",
                    sql);
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
