package org.rt2kb.framework;

/** A framework the entries are tagged with: its tag table, and the practices list's facet for it. */
enum Framework {
    GCM("entry_gcm_objective", "objective_number", "gcm"),
    SDG("entry_sdg_target", "target_code", "sdg");

    final String table;
    final String column;
    final String facet;

    Framework(String table, String column, String facet) {
        this.table = table;
        this.column = column;
        this.facet = facet;
    }
}
