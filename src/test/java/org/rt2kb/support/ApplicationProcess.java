package org.rt2kb.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rt2kb.Rt2KnowledgeBaseApplication;

/**
 * The application in a JVM of its own, as an operator runs it, on a data folder the test chooses: for what a test
 * cannot do to its own JVM, such as killing it. Its output goes to a log file beside the data folder.
 */
public final class ApplicationProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ApplicationProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the application on {@code dataDir} and a free port, with more command-line {@code arguments} if given;
     * {@link #awaitReady} waits for it.
     */
    public static ApplicationProcess start(Path dataDir, String name, String... arguments) throws IOException {
        int port = freePort();
        Path log = dataDir.resolveSibling(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                javaCommand(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath(),
                Rt2KnowledgeBaseApplication.class.getName(),
                "--kb.data-dir=" + dataDir,
                "--server.port=" + port,
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ApplicationProcess(process, port, log);
    }

    /** Waits until the application says it is ready to serve, or fails with the end of its log. */
    public Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + tail());
            }
            try {
                if (RawHttp.send(port, RawHttp.get("/actuator/health/readiness", null))
                                .status()
                        == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notListeningYet) {
                // not yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application was not ready after " + timeout + ":\n" + tail());
    }

    public int port() {
        return port;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** SIGTERM, as an operator or a container runtime stops it. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
    }

    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Everything the application has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The main classpath of this test run, without the test classes (their configurations would join the app). */
    private static String classpath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(full.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
