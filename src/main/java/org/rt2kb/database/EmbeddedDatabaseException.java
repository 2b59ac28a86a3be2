package org.rt2kb.database;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; the message says where and why. */
public class EmbeddedDatabaseException extends RuntimeException {

    EmbeddedDatabaseException(Path dataDirectory, Throwable cause) {
        super(
                "Could not start the embedded PostgreSQL in " + describe(dataDirectory) + ": " + rootMessage(cause),
                cause);
    }

    private static String describe(Path dataDirectory) {
        return dataDirectory == null
                ? "a temporary folder"
                : dataDirectory.toAbsolutePath().normalize().toString();
    }

    static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
