package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.Hibernate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.Visibility;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.instrument.Instrument;
import org.rt2kb.practice.Practice;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.ClusterLock;
import org.rt2kb.shared.KbProperties;
import org.rt2kb.theme.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.FileSystemUtils;

/**
 * The search indexes (Lucene's under {@code kb.data-dir/index}, or OpenSearch's). Hibernate Search keeps them in step
 * with every committed change;
 * this builds it from the database when it is out of step: missing or empty, as after a first start, a deleted folder
 * or a new mapping version (whose indexes have new names, the old ones being deleted), or left from another database.
 */
@Component
public class SearchIndex {

    static final List<Class<?>> TYPES = List.of(Theme.class, Practice.class, Instrument.class, Annotation.class);

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** The cluster lock of whole rebuilds of the index: one at a time, on one node. */
    static final String LOCK = "search-index";

    private static final int REINDEX_CHUNK = 500;

    private static final Pattern OLD_INDEX = Pattern.compile("(theme|practice|instrument|annotation)-v(\\d+)");

    private final EntityManagerFactory emf;
    private final EntityManager em;
    private final ClusterLock lock;
    private final CatalogueGeneration generation;
    private final Path folder;

    SearchIndex(
            EntityManagerFactory emf,
            EntityManager em,
            KbProperties properties,
            ClusterLock lock,
            CatalogueGeneration generation) {
        this.emf = emf;
        this.em = em;
        this.lock = lock;
        this.generation = generation;
        this.folder = properties.dataDir().resolve("index");
    }

    /**
     * Builds the index from the database when it does not hold one document per published entry and public
     * annotation: empty, new, or left from another database.
     */
    @Transactional(readOnly = true)
    public void buildIfOutOfStep() {
        try (ClusterLock.Held held = lock.tryAcquire(LOCK)) {
            if (held == null) {
                log.info("Search index: another node is rebuilding it");
                return;
            }
            buildIfOutOfStepAlone();
        }
    }

    private void buildIfOutOfStepAlone() {
        long expected = expected();
        removeOlderVersions();
        long documents = documents();
        if (documents == expected) {
            return;
        }
        // A node starting while the others index recent changes (OpenSearch) would otherwise purge and rebuild the
        // shared index under their readers for a gap that closes by itself.
        if (documents > 0 && !generation.now().settled()) {
            log.info(
                    "Search index holds {} documents for {} searchable entries and notes, with changes still to "
                            + "index: left to catch up",
                    documents,
                    expected);
            return;
        }
        log.info(
                "Search index holds {} documents for {} searchable entries and notes: rebuilding", documents, expected);
        buildAlone();
    }

    /**
     * Whether the index does not hold one document per searchable entry and note, so that {@link #buildIfOutOfStep}
     * has work to do. Counting needs no lock.
     */
    @Transactional(readOnly = true)
    public boolean outOfStep() {
        return documents() != expected();
    }

    /**
     * Rebuilds every index from the database, in parallel batches, and waits for the end; waits first for a rebuild
     * running on another node.
     */
    @Transactional(readOnly = true)
    public void build() {
        try (ClusterLock.Held held = lock.acquire(LOCK)) {
            buildAlone();
        }
    }

    private void buildAlone() {
        long started = System.nanoTime();
        try {
            scope().massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    // One segment per index: sorted lists then compare ordinals, not values, across the catalogue.
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the search index", e);
        }
        rebuilt();
        log.info("Search index built: {} documents in {} ms", documents(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Tells the pages kept under the current generation that the index under them was rebuilt. */
    void rebuilt() {
        generation.advance();
    }

    /**
     * Reindexes, at commit, an entry whose own fields changed, with its notes, whose documents carry its status.
     * Hibernate Search follows an entry's own fields by itself, not its notes.
     */
    void reindex(Entry changed) {
        // Link ends are loaded lazily; Hibernate Search needs the entity's own class, not the proxy's.
        Entry entry = (Entry) Hibernate.unproxy(changed);
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        plan.addOrUpdate(entry);
        em.createQuery("select a from Annotation a where a.entry = :entry", Annotation.class)
                .setParameter("entry", entry)
                .getResultList()
                .forEach(plan::addOrUpdate);
    }

    /**
     * Reindexes, at commit, an entry with its notes and the entries it links to or from: their documents name the
     * published themes they are linked with (a practice's themes, an instrument's citing sections), so a change of
     * status or of place in the paper reaches them.
     */
    void reindexAround(Entry changed) {
        Entry entry = (Entry) Hibernate.unproxy(changed);
        reindex(entry);
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        for (String end : List.of(
                "select l.to from EntryLink l where l.from = :entry",
                "select l.from from EntryLink l where l.to = :entry")) {
            em.createQuery(end, Entry.class)
                    .setParameter("entry", entry)
                    .getResultList()
                    .forEach(linked -> plan.addOrUpdate(Hibernate.unproxy(linked)));
        }
    }

    /** Reindexes, at commit, the practices that name a country, whose name their documents hold. */
    void reindexPracticesIn(String countryCode) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        em.createQuery("select p from Practice p join p.countryCodes c where c = :code", Practice.class)
                .setParameter("code", countryCode)
                .getResultList()
                .forEach(plan::addOrUpdate);
    }

    /**
     * Reindexes many entries at once (after an import), with what their documents draw on as
     * {@link #reindexAround} does: their annotations and the entries they link to or from. Works in chunks, writing
     * each to the index and clearing the persistence context, so memory stays flat however many entries there are.
     */
    @Transactional(readOnly = true)
    public void reindex(Collection<Long> entryIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(entryIds));
        Set<Long> around = new LinkedHashSet<>();
        reindexChunks(ids, around);
        around.removeAll(ids);
        reindexChunks(List.copyOf(around), new HashSet<>());
    }

    private void reindexChunks(List<Long> ids, Set<Long> around) {
        SearchSession search = Search.session(em);
        for (int from = 0; from < ids.size(); from += REINDEX_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + REINDEX_CHUNK));
            em.createQuery("select e from Entry e where e.id in :ids", Entry.class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(search.indexingPlan()::addOrUpdate);
            em.createQuery("select a from Annotation a where a.entry.id in :ids", Annotation.class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(search.indexingPlan()::addOrUpdate);
            around.addAll(em.createQuery("select l.to.id from EntryLink l where l.from.id in :ids", Long.class)
                    .setParameter("ids", chunk)
                    .getResultList());
            around.addAll(em.createQuery("select l.from.id from EntryLink l where l.to.id in :ids", Long.class)
                    .setParameter("ids", chunk)
                    .getResultList());
            search.indexingPlan().execute();
            em.clear();
        }
    }

    /** Stops Hibernate Search from indexing what this transaction changes: the caller reindexes after commit. */
    public void pauseAutomaticIndexing() {
        Search.session(em).indexingPlanFilter(filter -> TYPES.forEach(filter::exclude));
    }

    /** Deletes the folders of indexes of older mapping versions, which nothing reads any more. */
    private void removeOlderVersions() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> indexes = Files.list(folder)) {
            for (Path index : indexes.toList()) {
                Matcher name = OLD_INDEX.matcher(index.getFileName().toString());
                if (name.matches() && Integer.parseInt(name.group(2)) < IndexedEntries.VERSION) {
                    FileSystemUtils.deleteRecursively(index);
                    log.info("Removed the search index of an older version: {}", index.getFileName());
                }
            }
        } catch (IOException e) {
            log.warn("Could not remove older search indexes from {}: {}", folder, e.getMessage());
        }
    }

    /** How many documents the indexes should hold: one per published entry and public note of one. */
    @Transactional(readOnly = true)
    public long expected() {
        long expected = 0;
        for (Class<?> type : TYPES) {
            expected += searchable(em, "select count(e)", type, "", Long.class).getSingleResult();
        }
        return expected;
    }

    /**
     * {@code select} over the rows of a type that have a document, as {@code e}, then {@code order}: the rule of the
     * routing bridges in {@link IndexedEntries}, so that what is counted and what is indexed agree.
     */
    static <T> TypedQuery<T> searchable(EntityManager em, String select, Class<?> type, String order, Class<T> result) {
        boolean note = type == Annotation.class;
        String condition = note ? "e.visibility = :public and e.entry.status = :published" : "e.status = :published";
        TypedQuery<T> query = em.createQuery(
                        select + " from " + em.getMetamodel().entity(type).getName() + " e where " + condition + order,
                        result)
                .setParameter("published", EntryStatus.PUBLISHED);
        return note ? query.setParameter("public", Visibility.PUBLIC) : query;
    }

    /** How many documents the indexes hold. */
    @Transactional(readOnly = true)
    public long documents() {
        return Search.session(em).search(TYPES).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private SearchScope<Object> scope() {
        return scope(emf);
    }

    /** All the indexes, for work outside a session: mass indexing, reading the vocabulary. */
    static SearchScope<Object> scope(EntityManagerFactory emf) {
        return Search.mapping(emf)
                .scope(Object.class, TYPES.stream().map(Class::getName).toList());
    }
}
