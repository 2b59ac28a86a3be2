package org.rt2kb.shared;

import java.util.function.Supplier;
import org.rt2kb.shared.KbProperties.SearchBackend;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's generation: a number the database advances with every committed change to what the public pages
 * show (see migration V10). Equal generations mean equal pages, so it keys ETags and caches; every node of a cluster
 * reads the same number.
 * <p>
 * A generation is <em>settled</em> once the search index holds it too. With OpenSearch a change reaches the index a
 * moment after its commit (through the outbox, then a refresh), so a generation settles when no change waits in the
 * outbox and the last change and the last indexing are a second old (migration V15). Until then pages are read but
 * not kept: one read from the index before it caught up would otherwise be served as that generation's page.
 */
@Component
public class CatalogueGeneration {

    /** Longer than OpenSearch takes to show what it indexed (its refresh interval, 250 ms). */
    private static final double OPENSEARCH_SETTLE_SECONDS = 1.0;

    private final JdbcClient jdbc;
    private final double settleSeconds;

    CatalogueGeneration(JdbcClient jdbc, KbProperties properties) {
        this.jdbc = jdbc;
        // With Lucene a change's own request refreshes the index before it answers.
        this.settleSeconds = properties.search().backend() == SearchBackend.OPENSEARCH ? OPENSEARCH_SETTLE_SECONDS : 0;
    }

    /** A generation, and whether the index holds it yet. */
    public record Generation(long value, boolean settled) {}

    public Generation now() {
        return jdbc.sql("""
                        select value, changed_at < clock_timestamp() - make_interval(secs => :settle)
                            and not exists (select 1 from hsearch_outbox_event where status = 'PENDING') as settled
                        from catalogue_generation""")
                .param("settle", settleSeconds)
                .query((row, n) -> new Generation(row.getLong("value"), row.getBoolean("settled")))
                .single();
    }

    /**
     * Advances the generation: after a rebuild of the index, which changes what pages show but no table. In a
     * transaction of its own, since rebuilds read in read-only ones.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void advance() {
        jdbc.sql("update catalogue_generation set value = value + 1, changed_at = clock_timestamp()")
                .update();
    }

    /**
     * {@code compute}'s value, kept until the catalogue changes: for what every page needs and only an edit alters,
     * such as the names facets are labelled with. Asking costs one look at the generation.
     */
    public <T> Supplier<T> cached(Supplier<T> compute) {
        return new Supplier<>() {
            private volatile Cached<T> cached;

            @Override
            public T get() {
                Generation now = now();
                Cached<T> kept = cached;
                if (kept != null && kept.generation() == now.value()) {
                    return kept.value();
                }
                T value = compute.get();
                if (now.settled()) {
                    cached = new Cached<>(now.value(), value);
                }
                return value;
            }
        };
    }

    private record Cached<T>(long generation, T value) {}
}
