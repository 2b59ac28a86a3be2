package org.rt2kb.shared;

import java.util.concurrent.ThreadFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Threads for background work that must not keep the JVM alive at shutdown. */
public final class DaemonThreads {

    private DaemonThreads() {}

    /** Daemon threads named {@code name-1}, {@code name-2}…, so that a thread dump says whose they are. */
    public static ThreadFactory named(String name) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(name + "-");
        threads.setDaemon(true);
        return threads;
    }
}
