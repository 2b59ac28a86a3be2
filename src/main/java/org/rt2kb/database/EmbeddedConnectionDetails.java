package org.rt2kb.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** How to reach a PostgreSQL server that needs no password (the embedded one trusts local connections). */
record EmbeddedConnectionDetails(String getJdbcUrl, String getUsername) implements JdbcConnectionDetails {

    @Override
    public String getPassword() {
        return null;
    }
}
