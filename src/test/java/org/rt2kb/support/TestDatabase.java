package org.rt2kb.support;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the tests find PostgreSQL. A server given by {@code SPRING_DATASOURCE_URL} wins; otherwise, when a Docker
 * engine answers, a PostgreSQL 17 container; otherwise nothing here, and the application's embedded server starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    @ServiceConnection
    @Conditional(DockerWithoutDatasourceUrl.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    static class DockerWithoutDatasourceUrl extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
                return ConditionOutcome.noMatch("spring.datasource.url is set");
            }
            return isDockerAvailable()
                    ? ConditionOutcome.match("a Docker engine is available")
                    : ConditionOutcome.noMatch("no Docker engine: the embedded PostgreSQL is used");
        }

        private static boolean isDockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException ex) {
                return false;
            }
        }
    }
}
