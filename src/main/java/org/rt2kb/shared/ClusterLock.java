package org.rt2kb.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Work that must run on one node of the cluster at a time (start-up imports, index rebuilds): a PostgreSQL advisory
 * lock, held by a connection of its own. If the node holding it dies, its connection closes and PostgreSQL releases
 * the lock, so a crash never leaves work locked.
 */
@Component
public class ClusterLock {

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lock of that name, waiting for another node to let it go. */
    public Held acquire(String name) {
        Held held = open(name);
        held.call("select true from (select pg_advisory_lock(?)) as taken");
        return held;
    }

    /** Takes the lock of that name if no node holds it, else answers null at once. */
    public Held tryAcquire(String name) {
        Held held = open(name);
        if (held.call("select pg_try_advisory_lock(?)")) {
            return held;
        }
        held.close();
        return null;
    }

    /** Whether some node holds the lock of that name now. */
    public boolean isHeld(String name) {
        Held probe = tryAcquire(name);
        if (probe == null) {
            return true;
        }
        probe.close();
        return false;
    }

    private Held open(String name) {
        try {
            return new Held(dataSource.getConnection(), key(name));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("No connection for the cluster lock " + name, e);
        }
    }

    private static long key(String name) {
        CRC32 crc = new CRC32();
        crc.update(("rt2kb:" + name).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** A lock held; closing it lets it go. It may be closed from another thread than the one that took it. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final long key;

        private Held(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        private boolean call(String sql) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, key);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            } catch (SQLException e) {
                close();
                throw new DataAccessResourceFailureException("The cluster lock could not be taken", e);
            }
        }

        /** Lets the lock go, and the connection back to the pool. */
        @Override
        public void close() {
            try (connection;
                    PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock_all()")) {
                unlock.execute();
            } catch (SQLException e) {
                // The connection is broken: the pool drops it, and PostgreSQL the lock with its session.
            }
        }
    }
}
