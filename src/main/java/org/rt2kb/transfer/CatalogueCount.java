package org.rt2kb.transfer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the catalogue holds any entry: a whole export is imported only into an empty one. */
@Component
class CatalogueCount {

    private final JdbcClient jdbc;

    CatalogueCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from entry)")
                .query(Boolean.class)
                .single();
    }
}
