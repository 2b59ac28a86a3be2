package org.rt2kb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exporting a dossier of 200 items (60 instruments, 110 practices, 15 sections, 15 GCM objectives) in each format, as
 * a browser downloads it: a GET of the dossier's shared address over HTTP, English and French side by side (the
 * largest export). On a catalogue grown to {@code kb.bench.entries} (default 10 000), as {@link SaveBenchmark}.
 * Run: {@code ./mvnw verify -Djacoco.skip=true -Dsurefire.excludedGroups= -Dgroups=benchmark
 * -Dtest=DossierExportBenchmark}.
 */
@BenchServer
class DossierExportBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 10;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void exportATwoHundredItemDossier() throws Exception {
        CatalogueGenerator.growToTarget(jdbc);
        long entries = jdbc.queryForObject("select count(*) from entry", Long.class);
        List<String> items = new ArrayList<>();
        items.addAll(published("instrument", 60));
        items.addAll(published("practice", 110));
        items.addAll(published("theme", 15));
        for (int objective = 1; objective <= 15; objective++) {
            items.add("objective:" + objective);
        }
        assertThat(items).hasSize(200);
        String dossier = "items=" + String.join(",", items) + "&group=theme&lang=en-fr";
        for (String format : List.of("docx", "pdf", "ris", "csl", "bib", "csv", "json")) {
            List<Double> times = new ArrayList<>();
            long size = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long started = System.nanoTime();
                HttpResponse<byte[]> export = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dossier/export?format="
                                        + format + "&" + dossier))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - started;
                assertThat(export.statusCode()).isEqualTo(200);
                size = export.body().length;
                if (i >= WARM_UP) {
                    times.add(took / 1e6);
                }
            }
            Collections.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "[bench] %d entries, 200-item dossier as %-4s (en-fr, %d KB): p50 %.0f ms  max %.0f ms%n",
                    entries,
                    format,
                    size / 1024,
                    times.get(times.size() / 2),
                    times.get(times.size() - 1));
        }
    }

    private List<String> published(String type, int count) {
        return jdbc
                .queryForList(
                        "select slug from entry where entry_type = ? and status = 'published' order by id limit ?",
                        String.class,
                        type,
                        count)
                .stream()
                .map(slug -> type + ":" + slug)
                .toList();
    }
}
