package org.rt2kb.support;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A schema of its own in the test database, migrated by Flyway to the version a test chooses: how a migration is run
 * on data written before it. {@link #drop()} removes it.
 */
public final class MigrationSchema {

    private final DataSource dataSource;
    private final String name;

    public MigrationSchema(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    public void migrateTo(String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(name)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    public void drop() {
        JdbcClient.create(dataSource)
                .sql("drop schema if exists " + name + " cascade")
                .update();
    }
}
