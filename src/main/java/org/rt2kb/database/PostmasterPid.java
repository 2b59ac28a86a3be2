package org.rt2kb.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a running PostgreSQL server writes into {@code postmaster.pid} in its data folder: its process id, its data
 * folder and its port (the first, second and fourth lines).
 */
record PostmasterPid(long pid, Path dataDirectory, int port) {

    static final String FILE = "postmaster.pid";

    /** The file's content, or empty when there is no readable file (no server has run, or it stopped cleanly). */
    static Optional<PostmasterPid> read(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(FILE));
            if (lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPid(
                    Long.parseLong(lines.get(0).trim()),
                    Path.of(lines.get(1).trim()),
                    Integer.parseInt(lines.get(3).trim())));
        } catch (IOException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /** The process, while one with this id is alive (it may be another program once the id was reused). */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    /** Whether the live process is a PostgreSQL server running on {@code folder}. */
    boolean isServerOf(Path folder) {
        boolean postgres = process()
                .flatMap(p -> p.info().command())
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        return postgres && sameFolder(folder);
    }

    private boolean sameFolder(Path folder) {
        try {
            return Files.isSameFile(dataDirectory, folder);
        } catch (IOException ex) {
            return false;
        }
    }
}
