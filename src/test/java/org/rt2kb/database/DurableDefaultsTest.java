package org.rt2kb.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rt2kb.shared.KbProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL as installed, without the test profile: a committed transaction is on disk before the
 * commit returns. (The test profile alone turns this off, for its throwaway databases.)
 */
class DurableDefaultsTest {

    @TempDir
    Path dataDir;

    @Configuration
    @EnableConfigurationProperties(KbProperties.class)
    static class Properties {}

    @Test
    void shouldFlushEveryCommitToDiskByDefault() {
        server().run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                assertThat(jdbc.queryForObject("show " + setting, String.class))
                        .as(setting)
                        .isEqualTo("on");
            }
        });
    }

    @Test
    void shouldBeSizedForTheSmallMachineItSharesWithTheApplication() {
        server().run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // The application's pool of 16 (application.yml), with room beside it.
            assertThat(jdbc.queryForObject("show max_connections", Integer.class))
                    .isBetween(16 + 8, 50);
            assertThat(jdbc.queryForObject("show shared_buffers", String.class)).isEqualTo("128MB");
            assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", Integer.class))
                    .isZero();
        });
    }

    private ApplicationContextRunner server() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        EmbeddedPostgresAutoConfiguration.class,
                        DataSourceAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class))
                .withUserConfiguration(Properties.class)
                .withPropertyValues("kb.data-dir=" + dataDir);
    }
}
