package org.rt2kb.search;

import java.nio.file.Files;
import java.time.Duration;
import org.rt2kb.support.OpenSearchNode;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The relevance set and its floors on the OpenSearch backend: the same analyzers, built from OpenSearch's own
 * components, and "did you mean" from its term suggester, must find what the Lucene backend finds.
 */
@Import(OpenSearchRelevanceTest.StopsOpenSearch.class)
@DirtiesContext
class OpenSearchRelevanceTest extends RelevanceTest {

    private static OpenSearchNode node;

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) throws Exception {
        node = OpenSearchNode.start(Files.createTempDirectory("kb-opensearch"));
        node.awaitReady(Duration.ofMinutes(2));
        registry.add("kb.search.backend", () -> "opensearch");
        registry.add("kb.search.opensearch.uris", node::uri);
    }

    /**
     * OpenSearch scores with the statistics of documents an update replaced and has not merged away yet, so its
     * figures move by about 0.01 from run to run (docs/search.md).
     */
    @Override
    double spread() {
        return 0.01;
    }

    /** Stops the node with the application context, after Hibernate Search has let it go. */
    @TestConfiguration
    static class StopsOpenSearch {

        @Bean
        DisposableBean openSearchNode() {
            return () -> node.close();
        }
    }
}
