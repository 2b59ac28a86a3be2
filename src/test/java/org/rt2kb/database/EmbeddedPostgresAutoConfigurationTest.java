package org.rt2kb.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rt2kb.shared.KbProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the application uses, and how the embedded one keeps its data. */
class EmbeddedPostgresAutoConfigurationTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    EmbeddedPostgresAutoConfiguration.class,
                    DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Configuration
    @EnableConfigurationProperties(KbProperties.class)
    static class Properties {}

    @Test
    void shouldUseTheConfiguredServerWhenADatasourceUrlIsGiven() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/kb")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class));
    }

    @Test
    void shouldUseAnotherConnectionSuchAsATestcontainerWhenOneIsDefined() {
        runner.withBean(
                        JdbcConnectionDetails.class,
                        () -> new EmbeddedConnectionDetails("jdbc:postgresql://container:5432/test", "test"))
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class));
    }

    @Test
    void shouldStartAnEmbeddedServerUnderTheDataFolderAndKeepItsDataBetweenRuns() {
        runner.withPropertyValues("kb.data-dir=" + dataDir).run(context -> {
            assertThat(context).hasSingleBean(EmbeddedPostgresServer.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("create table kept (word text)");
            jdbc.update("insert into kept values ('still here')");
        });
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        runner.withPropertyValues("kb.data-dir=" + dataDir)
                .run(context -> assertThat(context.getBean(JdbcTemplate.class)
                                .queryForObject("select word from kept", String.class))
                        .isEqualTo("still here"));
    }

    @Test
    void shouldRefuseADataFolderThatHoldsSomethingElseWithAClearMessage() throws IOException {
        Path postgres = Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(postgres.resolve("notes.txt"), "not a database");

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(postgres, 0, true))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(postgres.toAbsolutePath().toString())
                .hasMessageContaining("holds no PostgreSQL cluster");
    }
}
