package org.rt2kb.shared;

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
}
