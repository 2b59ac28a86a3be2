package org.rt2kb.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.RawHttp;
import org.rt2kb.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded PostgreSQL killed under load: pages answer 503 at once while it is away, readiness says so within
 * 2 s, the supervisor starts the server again and pages answer normally within 10 s, with every committed row kept.
 * It runs on an application and a durable database of its own.
 */
@Tag("fault")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "kb.embedded-db.durable=true")
@ActiveProfiles({"test", "fault"})
@Import(TestDatabase.class)
class KilledDatabaseTest {

    @LocalServerPort
    int port;

    @Autowired(required = false)
    EmbeddedPostgresServer server;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldAnswer503AtOnceAndRecoverWithinTenSeconds() throws Exception {
        assumeTrue(server != null, "runs on the embedded PostgreSQL only");
        jdbc.execute("create table kill_witness (word text)");
        jdbc.update("insert into kill_witness values ('committed before the kill')");
        Map<Integer, AtomicInteger> loadStatuses = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(2);
        for (String path : new String[] {"/practices", "/api/search?q=travail"}) {
            load.submit(() -> {
                while (loading.get()) {
                    int status = RawHttp.send(port, RawHttp.get(path, null)).status();
                    loadStatuses
                            .computeIfAbsent(status, s -> new AtomicInteger())
                            .incrementAndGet();
                }
                return null;
            });
        }
        Thread.sleep(1_000);

        long killed = System.nanoTime();
        server.postmaster().destroyForcibly();

        RawHttp.Response unavailable = awaitStatus("/themes", 503, Duration.ofSeconds(2), killed);
        assertThat(unavailable.header("Retry-After")).isEqualTo("5");
        RawHttp.Response french = RawHttp.send(port, RawHttp.get("/themes", null, "Accept-Language: fr"));
        if (french.status() == 503) {
            assertThat(Jsoup.parse(french.body()).select("h1").text())
                    .isEqualTo("La base de connaissances est momentanément indisponible");
        }
        RawHttp.Response api = RawHttp.send(port, RawHttp.get("/api/practices", null));
        if (api.status() == 503) {
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        }
        long asked = System.nanoTime();
        int readiness = RawHttp.send(port, RawHttp.get("/actuator/health/readiness", null))
                .status();
        if (server.isRunning()) {
            readiness = 503; // already back: nothing more to see here
        } else {
            assertThat(readiness).isEqualTo(503);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(2));

        awaitStatus("/themes", 200, Duration.ofSeconds(10), killed);
        System.out.printf(
                "Pages answered again %d ms after the database was killed%n",
                Duration.ofNanos(System.nanoTime() - killed).toMillis());
        loading.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(jdbc.queryForObject("select word from kill_witness", String.class))
                .isEqualTo("committed before the kill");
        assertThat(RawHttp.send(port, RawHttp.get("/actuator/health/readiness", null))
                        .status())
                .isEqualTo(200);
        assertThat(loadStatuses.keySet())
                .as("statuses under load")
                .containsAnyOf(503)
                .allMatch(status -> status == 200 || status == 503);
    }

    /** Polls {@code path} until it answers {@code status}, failing once {@code limit} has passed since {@code from}. */
    private RawHttp.Response awaitStatus(String path, int status, Duration limit, long from) throws Exception {
        while (true) {
            RawHttp.Response response = RawHttp.send(port, RawHttp.get(path, null));
            Duration since = Duration.ofNanos(System.nanoTime() - from);
            if (response.status() == status) {
                return response;
            }
            assertThat(since).as("waiting for %d from %s", status, path).isLessThan(limit);
            Thread.sleep(50);
        }
    }
}
