package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the whole search index from the database in the background, while the index keeps answering searches.
 * <p>
 * Hibernate Search's mass indexer cannot do that: it writes new documents without replacing the old ones, so it must
 * first purge the index (searches then find little or nothing until it ends), or else every entry is found twice.
 * This rebuild instead replaces each searchable entry's document in place, in batches, through indexing plans, as an
 * edit does: a search sees an entry's old document or its new one, never none and never both. Then every other
 * document is removed: those of entries no longer in the database, and those left from entries that are no longer
 * searchable (drafts, archived, internal notes). Its progress counts searchable entries and notes only, so its total
 * is the number of documents the index holds at the end, the page's "searchable entries and notes". One rebuild runs
 * at a time.
 */
@Component
public class IndexRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    static final int BATCH = 100;

    private final EntityManager em;
    private final SearchIndex index;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "index-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Run last;

    IndexRebuild(EntityManager em, SearchIndex index, PlatformTransactionManager transactionManager, Clock clock) {
        this.em = em;
        this.index = index;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Where a rebuild stands: what the progress bar and its JSON show. */
    public record Progress(
            String state,
            long processed,
            long total,
            int percent,
            long removed,
            long documents,
            long expected,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            Long durationMs) {

        public boolean isRunning() {
            return "running".equals(state);
        }

        public boolean isInStep() {
            return documents == expected;
        }
    }

    /**
     * Starts a rebuild in the background.
     *
     * @return false when one is already running, which then goes on alone
     */
    public boolean start(String by) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Run run = new Run(by, clock.instant());
        last = run;
        try {
            worker.execute(() -> rebuild(run));
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        return true;
    }

    /** The current or last rebuild, with the index's document count and the count it should have. */
    public Progress progress() {
        Run run = last;
        long documents = index.documents();
        long expected = index.expected();
        if (run == null) {
            return new Progress("idle", 0, 0, 0, 0, documents, expected, null, null, null, null);
        }
        long total = run.total.get();
        long processed = run.processed.get();
        int percent = run.state.equals("done") ? 100 : total == 0 ? 0 : (int) Math.min(99, processed * 100 / total);
        Instant finished = run.finishedAt;
        return new Progress(
                run.state,
                processed,
                total,
                percent,
                run.removed.get(),
                documents,
                expected,
                run.by,
                run.startedAt,
                finished,
                finished == null
                        ? null
                        : Duration.between(run.startedAt, finished).toMillis());
    }

    private void rebuild(Run run) {
        long started = System.nanoTime();
        try {
            Map<Class<?>, List<Long>> ids = new LinkedHashMap<>();
            for (Class<?> type : SearchIndex.TYPES) {
                List<Long> searchable = transactions.execute(s -> searchableIds(type));
                ids.put(type, searchable);
                run.total.addAndGet(searchable.size());
            }
            log.info("Search index rebuild started by {}: {} entries and notes to index", run.by, run.total.get());
            for (Map.Entry<Class<?>, List<Long>> type : ids.entrySet()) {
                List<Long> searchable = type.getValue();
                for (int from = 0; from < searchable.size(); from += BATCH) {
                    List<Long> batch = searchable.subList(from, Math.min(searchable.size(), from + BATCH));
                    reindex(type.getKey(), batch);
                    run.processed.addAndGet(batch.size());
                }
                run.removed.addAndGet(removeLeftovers(type.getKey()));
            }
            run.state = "done";
            log.info(
                    "Search index rebuilt: {} entries and notes indexed, {} stale documents removed, {} documents, "
                            + "in {} ms",
                    run.processed.get(),
                    run.removed.get(),
                    index.documents(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            run.state = "failed";
            log.error("Search index rebuild failed after {} of {} entries", run.processed.get(), run.total.get(), e);
        } finally {
            run.finishedAt = clock.instant();
            running.set(false);
        }
    }

    /** The ids of the rows of a type that have a document, in order. */
    private List<Long> searchableIds(Class<?> type) {
        return SearchIndex.searchable(em, "select e.id", type, " order by e.id", Long.class)
                .getResultList();
    }

    /** Replaces the documents of a batch of entries (one that stopped being searchable meanwhile loses its own). */
    private void reindex(Class<?> type, List<Long> ids) {
        transactions.executeWithoutResult(s -> {
            SearchIndexingPlan plan = Search.session(em).indexingPlan();
            em.createQuery("select e from " + entityName(type) + " e where e.id in :ids", type)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(plan::addOrUpdate);
            plan.execute();
            em.clear();
        });
    }

    /**
     * Removes the documents of entries that are not searchable now: gone from the database (as after a purge while the
     * index was elsewhere), or drafts, archived entries and internal notes, as after a restore of the database. Read
     * now, not at the start, so an entry published during the rebuild keeps the document its save gave it.
     */
    private long removeLeftovers(Class<?> type) {
        Long removed = transactions.execute(s -> {
            Set<Long> searchable = new HashSet<>(searchableIds(type));
            List<Long> indexed = Search.session(em)
                    .search(type)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.matchAll())
                    .fetchAllHits();
            List<Long> gone = new ArrayList<>(
                    indexed.stream().filter(id -> !searchable.contains(id)).toList());
            if (!gone.isEmpty()) {
                SearchIndexingPlan plan = Search.session(em).indexingPlan();
                gone.forEach(id -> plan.purge(type, id, null));
                plan.execute();
            }
            return (long) gone.size();
        });
        return removed == null ? 0 : removed;
    }

    private String entityName(Class<?> type) {
        return em.getMetamodel().entity(type).getName();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** One rebuild: counts written by the worker thread, read by requests. */
    private static final class Run {
        final String by;
        final Instant startedAt;
        final AtomicLong total = new AtomicLong();
        final AtomicLong processed = new AtomicLong();
        final AtomicLong removed = new AtomicLong();
        volatile String state = "running";
        volatile Instant finishedAt;

        Run(String by, Instant startedAt) {
            this.by = by;
            this.startedAt = startedAt;
        }
    }
}
