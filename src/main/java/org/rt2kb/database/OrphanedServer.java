package org.rt2kb.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data folder by an application that was killed: the server outlives the JVM
 * that started it, and would keep a new start from using the folder. It is recognised by its {@code postmaster.pid}
 * and by the embedding library's lock file, which only a live application holds, and is stopped cleanly.
 */
final class OrphanedServer {

    /** The lock file the embedding library holds while its application runs. */
    static final String OWNER_LOCK = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final long STOP_WAIT_SECONDS = 60;

    private OrphanedServer() {}

    /**
     * Stops a server left running on {@code folder} by a dead application, and removes a process id file that names
     * another program. Refuses to touch a server that a live application still uses.
     */
    static void stopIfRunning(Path folder) throws IOException {
        Optional<PostmasterPid> pidFile = PostmasterPid.read(folder);
        if (pidFile.isEmpty() || pidFile.get().process().isEmpty()) {
            return; // no server, or a stale file of a dead one, which PostgreSQL itself clears at start
        }
        PostmasterPid running = pidFile.get();
        if (!running.isServerOf(folder)) {
            log.warn(
                    "{} names process {}, which is not a PostgreSQL server on this folder; removing the stale file",
                    folder.resolve(PostmasterPid.FILE),
                    running.pid());
            Files.delete(folder.resolve(PostmasterPid.FILE));
            return;
        }
        if (ownerIsAlive(folder)) {
            throw new IOException("the folder is in use by another running knowledge base (PostgreSQL process "
                    + running.pid() + " on port " + running.port() + ")");
        }
        log.warn(
                "A PostgreSQL server (process {}) was left running on {} by an earlier run that did not stop; "
                        + "stopping it before starting again",
                running.pid(),
                folder);
        stop(running.process().get());
    }

    private static boolean ownerIsAlive(Path folder) throws IOException {
        Path lockFile = folder.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException ex) {
            return true; // held by this very JVM
        }
    }

    /**
     * A plain termination signal is PostgreSQL's "smart" shutdown: it waits for its clients, which died with their
     * application, then writes a checkpoint and exits.
     */
    private static void stop(ProcessHandle server) throws IOException {
        server.destroy();
        try {
            server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException ex) {
            throw new IOException("the PostgreSQL server left running (process " + server.pid()
                    + ") did not stop within " + STOP_WAIT_SECONDS + " s");
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL server left running", ex);
        }
    }
}
