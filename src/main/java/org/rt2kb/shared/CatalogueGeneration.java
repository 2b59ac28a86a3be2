package org.rt2kb.shared;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue's generation: a number the database advances with every committed change to what the public pages
 * show (see migration V10). Equal generations mean equal pages, so it keys ETags and caches; every node of a cluster
 * reads the same number.
 */
@Component
public class CatalogueGeneration {

    private final JdbcClient jdbc;

    CatalogueGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.sql("select value from catalogue_generation")
                .query(Long.class)
                .single();
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
                long now = current();
                Cached<T> kept = cached;
                if (kept == null || kept.generation() != now) {
                    kept = new Cached<>(now, compute.get());
                    cached = kept;
                }
                return kept.value();
            }
        };
    }

    private record Cached<T>(long generation, T value) {}
}
