package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import org.rt2kb.shared.KbProperties;
import org.rt2kb.shared.KbProperties.OpenSearch;
import org.rt2kb.shared.KbProperties.SearchBackend;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the search indexes live ({@code kb.search.backend}), as Hibernate Search settings.
 * <ul>
 *   <li>{@code lucene}: in {@code kb.data-dir/index} on this node; a change is searchable when its transaction
 *       commits.
 *   <li>{@code opensearch}: on an OpenSearch cluster that every node shares. Each transaction writes its changes to an
 *       outbox table with its data, and the nodes share out the indexing of them through the database, so nothing a
 *       commit changed is lost if a node dies before indexing it.
 * </ul>
 * A setting given under {@code spring.jpa.properties} wins over these.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    private static final String BACKEND = "hibernate.search.backend.";

    @Bean
    HibernatePropertiesCustomizer searchBackendSettings(KbProperties properties) {
        return settings -> {
            if (properties.search().backend() == SearchBackend.OPENSEARCH) {
                openSearch(properties.search().opensearch()).forEach(settings::putIfAbsent);
            } else {
                lucene(properties).forEach(settings::putIfAbsent);
            }
        };
    }

    @Bean
    Spelling spelling(KbProperties properties, EntityManagerFactory emf, EntityManager em) {
        return properties.search().backend() == SearchBackend.OPENSEARCH
                ? new OpenSearchSpelling(em)
                : new LuceneSpelling(emf);
    }

    /** With OpenSearch only: Lucene indexes in the committing request, with no outbox. */
    @Bean
    @ConditionalOnProperty(name = "kb.search.backend", havingValue = "opensearch")
    AbortedIndexing abortedIndexing(EntityManagerFactory emf, KbProperties properties) {
        return new AbortedIndexing(emf, properties.search().opensearch().retryAbortedEvery());
    }

    private static Map<String, Object> lucene(KbProperties properties) {
        return Map.of(
                BACKEND + "type",
                "lucene",
                BACKEND + "directory.root",
                properties.dataDir().resolve("index").toString(),
                BACKEND + "lucene_version",
                "LUCENE_9_12_3",
                BACKEND + "analysis.configurer",
                "class:" + SearchAnalysis.class.getName(),
                "hibernate.search.indexing.plan.synchronization.strategy",
                "read-sync");
    }

    private static Map<String, Object> openSearch(OpenSearch cluster) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                BACKEND + "type",
                "elasticsearch",
                BACKEND + "uris",
                cluster.uris(),
                BACKEND + "analysis.configurer",
                "class:" + OpenSearchAnalysis.class.getName(),
                BACKEND + "schema_management.settings_file",
                "search/opensearch-index-settings.json",
                "hibernate.search.coordination.strategy",
                "outbox-polling"));
        if (cluster.username() != null && !cluster.username().isBlank()) {
            settings.put(BACKEND + "username", cluster.username());
            settings.put(BACKEND + "password", cluster.password() == null ? "" : cluster.password());
        }
        return settings;
    }
}
