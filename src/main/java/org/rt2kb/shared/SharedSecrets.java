package org.rt2kb.shared;

import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets that every node must share, such as a signing key: drawn at random by the first node to ask and kept in the
 * database, so that nothing needs configuring and a node started later, or restarted, uses the same one.
 */
@Component
public class SharedSecrets {

    private static final int BYTES = 32;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    SharedSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret of that name; two nodes asking at once get the same one. */
    public byte[] secret(String name) {
        byte[] drawn = new byte[BYTES];
        random.nextBytes(drawn);
        jdbc.sql("insert into shared_secret (name, secret) values (:name, :secret) on conflict (name) do nothing")
                .param("name", name)
                .param("secret", drawn)
                .update();
        return jdbc.sql("select secret from shared_secret where name = :name")
                .param("name", name)
                .query(byte[].class)
                .single();
    }
}
