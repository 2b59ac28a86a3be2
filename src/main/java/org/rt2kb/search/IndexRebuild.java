package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.rt2kb.shared.ClusterLock;
import org.rt2kb.shared.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * is the number of documents the index holds at the end, the page's "searchable entries and notes".
 * <p>
 * One rebuild runs at a time in the whole cluster, under the {@link SearchIndex#LOCK} lock, and its progress is kept in
 * the database, so that any node shows it. A rebuild whose node died shows as failed.
 */
@Component
public class IndexRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    static final int BATCH = 100;

    /** Document ids read at a time when looking for leftovers. */
    private static final int SCROLL = 5_000;

    private static final String RUNNING = "running";
    private static final String DONE = "done";
    private static final String FAILED = "failed";

    private final EntityManager em;
    private final SearchIndex index;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ClusterLock lock;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("index-rebuild"));

    IndexRebuild(
            EntityManager em,
            SearchIndex index,
            PlatformTransactionManager transactionManager,
            JdbcClient jdbc,
            ClusterLock lock,
            Clock clock) {
        this.em = em;
        this.index = index;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.lock = lock;
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
            return RUNNING.equals(state);
        }

        public boolean isInStep() {
            return documents == expected;
        }
    }

    /**
     * Starts a rebuild in the background.
     *
     * @return false when one is already running on some node, which then goes on alone
     */
    public boolean start(String by) {
        ClusterLock.Held held = lock.tryAcquire(SearchIndex.LOCK);
        if (held == null) {
            return false;
        }
        try {
            Run run = new Run(by, clock.instant());
            jdbc.sql("""
                    insert into index_rebuild (id, state, started_by, started_at) values (1, :state, :by, :at)
                    on conflict (id) do update set state = :state, processed = 0, total = 0, removed = 0,
                        started_by = :by, started_at = :at, finished_at = null""")
                    .param("state", RUNNING)
                    .param("by", by)
                    .param("at", Timestamp.from(run.startedAt))
                    .update();
            worker.execute(() -> {
                try (held) {
                    rebuild(run);
                }
            });
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
        return true;
    }

    /** The current or last rebuild, on whichever node it runs, with the index's document count and the expected one. */
    public Progress progress() {
        long documents = index.documents();
        long expected = index.expected();
        return jdbc.sql("select * from index_rebuild where id = 1")
                .query((row, n) -> progress(row, documents, expected))
                .optional()
                .orElseGet(() -> new Progress("idle", 0, 0, 0, 0, documents, expected, null, null, null, null));
    }

    private Progress progress(ResultSet row, long documents, long expected) throws SQLException {
        String state = row.getString("state");
        if (state.equals(RUNNING) && !lock.isHeld(SearchIndex.LOCK)) {
            state = FAILED; // its node died: nothing holds the lock any more
        }
        long total = row.getLong("total");
        long processed = row.getLong("processed");
        int percent = state.equals(DONE) ? 100 : total == 0 ? 0 : (int) Math.min(99, processed * 100 / total);
        Instant started = row.getTimestamp("started_at").toInstant();
        Timestamp finished = row.getTimestamp("finished_at");
        return new Progress(
                state,
                processed,
                total,
                percent,
                row.getLong("removed"),
                documents,
                expected,
                row.getString("started_by"),
                started,
                finished == null ? null : finished.toInstant(),
                finished == null
                        ? null
                        : Duration.between(started, finished.toInstant()).toMillis());
    }

    private void rebuild(Run run) {
        long started = System.nanoTime();
        try {
            Map<Class<?>, List<Long>> ids = new LinkedHashMap<>();
            for (Class<?> type : SearchIndex.TYPES) {
                List<Long> searchable = transactions.execute(s -> searchableIds(type));
                ids.put(type, searchable);
                run.total += searchable.size();
            }
            save(run);
            log.info("Search index rebuild started by {}: {} entries and notes to index", run.by, run.total);
            for (Map.Entry<Class<?>, List<Long>> type : ids.entrySet()) {
                List<Long> searchable = type.getValue();
                for (int from = 0; from < searchable.size(); from += BATCH) {
                    List<Long> batch = searchable.subList(from, Math.min(searchable.size(), from + BATCH));
                    reindex(type.getKey(), batch);
                    run.processed += batch.size();
                    save(run);
                }
                run.removed += removeLeftovers(type.getKey());
            }
            index.rebuilt();
            run.state = DONE;
            log.info(
                    "Search index rebuilt: {} entries and notes indexed, {} stale documents removed, {} documents, "
                            + "in {} ms",
                    run.processed,
                    run.removed,
                    index.documents(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            run.state = FAILED;
            log.error("Search index rebuild failed after {} of {} entries", run.processed, run.total, e);
        } finally {
            run.finishedAt = clock.instant();
            save(run);
        }
    }

    private void save(Run run) {
        jdbc.sql("""
                update index_rebuild set state = :state, processed = :processed, total = :total, removed = :removed,
                    finished_at = :finished where id = 1""")
                .param("state", run.state)
                .param("processed", run.processed)
                .param("total", run.total)
                .param("removed", run.removed)
                .param("finished", run.finishedAt == null ? null : Timestamp.from(run.finishedAt))
                .update();
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
            List<Long> gone = new ArrayList<>();
            try (SearchScroll<Long> indexed = Search.session(em)
                    .search(type)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.matchAll())
                    .scroll(SCROLL)) {
                for (SearchScrollResult<Long> chunk = indexed.next(); chunk.hasHits(); chunk = indexed.next()) {
                    chunk.hits().stream().filter(id -> !searchable.contains(id)).forEach(gone::add);
                }
            }
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

    /** One rebuild, as its worker thread counts it. */
    private static final class Run {
        final String by;
        final Instant startedAt;
        long total;
        long processed;
        long removed;
        String state = RUNNING;
        Instant finishedAt;

        Run(String by, Instant startedAt) {
            this.by = by;
            this.startedAt = startedAt;
        }
    }
}
