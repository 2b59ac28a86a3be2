package org.rt2kb.database;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.rt2kb.shared.KbProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Gives the application its database when none is configured: with no {@code spring.datasource.url} and no other
 * connection (such as a Testcontainers service connection), an embedded PostgreSQL starts under {@code kb.data-dir},
 * watched by a supervisor that restarts it if it dies. Spring Boot then builds the connection pool, Flyway and JPA on
 * it as for any server.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(KbProperties properties) {
        KbProperties.EmbeddedDb settings = properties.embeddedDb();
        Path dataDirectory = settings.ephemeral() ? null : properties.dataDir().resolve("postgres");
        return EmbeddedPostgresServer.start(dataDirectory, settings.port(), settings.durable());
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
        return new EmbeddedConnectionDetails(server.jdbcUrl(), EmbeddedPostgresServer.USER);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgresSupervisor embeddedPostgresSupervisor(
            EmbeddedPostgresServer server,
            ObjectProvider<DatabaseAvailability> availability,
            ObjectProvider<DataSource> dataSource) {
        return new EmbeddedPostgresSupervisor(server, availability, dataSource);
    }
}
