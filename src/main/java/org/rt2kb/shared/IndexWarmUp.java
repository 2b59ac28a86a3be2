package org.rt2kb.shared;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A rebuild of the search index that the start found necessary (a lost index folder, a new mapping version, a database
 * restored from elsewhere), run in the background: at 100,000 entries it takes minutes, and the pages that do not
 * search need not wait for it. While it runs, searches and lists answer "warming up" with 503 and readiness is down,
 * since what they would show is not all there yet.
 */
@Component
public class IndexWarmUp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexWarmUp.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("index-warm-up"));

    private volatile boolean running;

    /** Whether the index is being rebuilt after the start. */
    public boolean running() {
        return running;
    }

    /** Runs the rebuild on a thread of its own; {@link #running()} holds from this call until it ends, however. */
    public void start(Runnable rebuild) {
        running = true;
        worker.execute(() -> {
            try {
                rebuild.run();
            } catch (RuntimeException e) {
                log.error("Search index: the rebuild at start failed; searches answer from what the index holds", e);
            } finally {
                running = false;
            }
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
