package org.rt2kb.framework;

/**
 * A framework the entries are tagged with: its tag table and column, its name in messages and addresses, and the
 * practices list's facet for it (none for the principles, which the list does not filter by).
 */
enum Framework {
    GCM("entry_gcm_objective", "objective_number", "gcm", "gcm"),
    PRINCIPLE("entry_gcm_principle", "principle_slug", "principle", null),
    SDG("entry_sdg_target", "target_code", "sdg", "sdg");

    final String table;
    final String column;
    final String name;
    final String facet;

    Framework(String table, String column, String name, String facet) {
        this.table = table;
        this.column = column;
        this.name = name;
        this.facet = facet;
    }
}
