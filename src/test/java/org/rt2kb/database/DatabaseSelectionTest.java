package org.rt2kb.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.testcontainers.DockerClientFactory;

/** The test suite itself runs on a real PostgreSQL, and on this machine that is the embedded one. */
@CatalogueTest
class DatabaseSelectionTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectProvider<EmbeddedPostgresServer> embedded;

    @Test
    void shouldRunOnRealPostgresql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void shouldTakeTheEmbeddedPathWithoutAServerOrDocker() throws Exception {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "an external server is configured");
        assumeTrue(!dockerAvailable(), "Docker is available: the Testcontainers path is used");

        EmbeddedPostgresServer server = embedded.getObject();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo(server.jdbcUrl());
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException ex) {
            return false;
        }
    }
}
