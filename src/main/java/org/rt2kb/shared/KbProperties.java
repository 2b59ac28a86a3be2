package org.rt2kb.shared;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the knowledge base ({@code kb.*}).
 *
 * @param dataDir folder holding the embedded database and the search index (env {@code KB_DATA_DIR})
 * @param seeds where the seed catalogue is read from
 * @param importSeeds whether an empty catalogue is filled from the seeds at start
 * @param embeddedDb settings of the embedded PostgreSQL, used when no {@code spring.datasource.url} is given
 * @param admin the first administrator, created at start when there is no account yet
 * @param search where the search indexes live
 * @param load how many requests are served at once before a burst is turned away
 */
@ConfigurationProperties("kb")
public record KbProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("classpath:seeds/") String seeds,
        @DefaultValue("true") boolean importSeeds,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue Admin admin,
        @DefaultValue Search search,
        @DefaultValue Load load) {

    /**
     * @param requests the most requests served at once
     * @param expensive the most searches, lists and exports served at once, so that they cannot take every thread
     *     from the cheap pages; 0 means twice the processors, at least two
     * @param queue how many requests of each kind may wait for their turn; beyond, a request is turned away at once
     * @param queueWait how long a request may wait for its turn before it is turned away
     */
    public record Load(
            @DefaultValue("16") int requests,
            @DefaultValue("0") int expensive,
            @DefaultValue("48") int queue,
            @DefaultValue("2s") Duration queueWait) {

        public int expensiveAtOnce() {
            return expensive > 0
                    ? expensive
                    : Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * @param port TCP port on the loopback interface; 0 picks a free one
     * @param ephemeral when true the database lives in a temporary folder removed at shutdown (tests)
     * @param durable whether a commit waits until it is safely on disk ({@code fsync}, {@code synchronous_commit},
     *     {@code full_page_writes}); only throwaway test databases turn this off
     */
    public record EmbeddedDb(
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean ephemeral,
            @DefaultValue("true") boolean durable) {}

    /**
     * @param backend {@code lucene}: each node keeps its own index under {@code kb.data-dir/index} (one node);
     *     {@code opensearch}: the nodes share one set of indexes on OpenSearch and keep it in step through the database
     * @param opensearch the OpenSearch cluster, for the {@code opensearch} backend
     */
    public record Search(
            @DefaultValue("lucene") SearchBackend backend,
            @DefaultValue OpenSearch opensearch) {}

    public enum SearchBackend {
        LUCENE,
        OPENSEARCH
    }

    /**
     * @param uris the cluster's addresses, comma-separated (env {@code KB_SEARCH_OPENSEARCH_URIS})
     * @param username user of a secured cluster, if any
     * @param password their password; never logged
     * @param retryAbortedEvery how often the changes whose indexing was given up (OpenSearch away too long) are sent
     *     through the outbox again
     */
    public record OpenSearch(
            @DefaultValue("http://localhost:9200") String uris,
            String username,
            String password,
            @DefaultValue("1m") Duration retryAbortedEvery) {

        @Override
        public String toString() {
            return "OpenSearch[uris=" + uris + ", username=" + username + "]";
        }
    }

    /**
     * @param user username of the first administrator (env {@code KB_ADMIN_USER})
     * @param password their password (env {@code KB_ADMIN_PASSWORD}); never logged
     */
    public record Admin(String user, String password) {

        public boolean isGiven() {
            return user != null && !user.isBlank() && password != null && !password.isEmpty();
        }

        @Override
        public String toString() {
            return "Admin[user=" + user + ", password=" + (password == null || password.isEmpty() ? "" : "***") + "]";
        }
    }
}
