package org.rt2kb.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.rt2kb.shared.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Puts back to work the changes Hibernate Search gave up indexing. When OpenSearch is away for longer than its
 * retries last, an event processor marks the changes it could not index as aborted, and they would stay out of the
 * index; this sends them through the outbox again ({@code kb.search.opensearch.retry-aborted-every}, a minute by
 * default) until OpenSearch takes them.
 */
class AbortedIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AbortedIndexing.class);

    private final EntityManagerFactory emf;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aborted-indexing"));

    AbortedIndexing(EntityManagerFactory emf, Duration interval) {
        this.emf = emf;
        long every = interval.toMillis();
        timer.scheduleWithFixedDelay(this::reprocess, every, every, TimeUnit.MILLISECONDS);
    }

    /** Sends the aborted changes through the outbox again; how many there were. */
    int reprocess() {
        try {
            OutboxPollingSearchMapping outbox = Search.mapping(emf).extension(OutboxPollingExtension.get());
            if (outbox.countAbortedEvents() == 0) {
                return 0;
            }
            int again = outbox.reprocessAbortedEvents();
            log.warn("{} changes whose indexing had been given up are sent to the search index again", again);
            return again;
        } catch (RuntimeException e) {
            log.warn("Aborted indexing could not be sent again: {}", e.getMessage());
            return 0;
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
