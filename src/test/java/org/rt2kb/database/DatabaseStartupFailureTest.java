package org.rt2kb.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.rt2kb.Rt2KnowledgeBaseApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** A start against an unreachable database fails with one plain sentence naming the address and the cause. */
class DatabaseStartupFailureTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/kb";

    @Test
    void shouldExplainAnUnreachableDatabaseServer() {
        Throwable failure = catchThrowable(() -> SpringApplication.run(
                Rt2KnowledgeBaseApplication.class,
                "--spring.datasource.url=" + UNREACHABLE,
                "--server.port=0",
                "--kb.import-seeds=false",
                "--spring.datasource.hikari.connection-timeout=2000"));

        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer(
                        new MockEnvironment().withProperty("spring.datasource.url", UNREACHABLE))
                .analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Cannot connect to the database at " + UNREACHABLE + ": ")
                .contains("refused")
                .doesNotContain("\n");
    }

    @Test
    void shouldExplainAnEmbeddedServerThatCannotStart() {
        var failure = new IllegalStateException(new EmbeddedDatabaseException(
                java.nio.file.Path.of("data", "postgres"), new java.io.IOException("it is a file, not a folder")));

        FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer(new MockEnvironment()).analyze(failure);

        assertThat(analysis.getDescription())
                .contains("Could not start the embedded PostgreSQL in")
                .endsWith("data/postgres: it is a file, not a folder");
        assertThat(analysis.getAction()).contains("KB_DATA_DIR");
    }
}
