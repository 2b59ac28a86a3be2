package org.rt2kb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rt2kb.curation.Curation;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.security.AccountService;
import org.rt2kb.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Saving a practice form end to end, as an editor's browser does it: a signed-in POST of the whole form over HTTP,
 * through validation, the version check, the history record and the search index update (read-sync: the request
 * returns once the change is searchable). On a catalogue grown to {@code kb.bench.entries} (default 10 000).
 * Run: {@code ./mvnw verify -Djacoco.skip=true -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=SaveBenchmark}.
 */
@BenchServer
class SaveBenchmark {

    private static final int WARM_UP = 50;
    private static final int SAVES = 300;
    private static final String PASSWORD = "benchmark editor passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    Curation curation;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void savePracticeForms() throws Exception {
        CatalogueGenerator.growToTarget(jdbc);
        String editor = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(editor, "Benchmark", Role.EDITOR, PASSWORD);
        Document login = page("/login");
        post("/login", Map.of("username", editor, "password", PASSWORD, "_csrf", csrf(login)));

        Document blank = page("/admin/practices/new");
        Map<String, String> form = fields(blank);
        form.putAll(Map.of(
                "slug",
                "bench-save-" + editor,
                "titleEn",
                "Benchmark practice",
                "descriptionEn",
                "A practice saved again and again to time the form.",
                "countries",
                "PT, ES",
                "themes",
                "health"));
        String location = post("/admin/practices/new", form)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        curation.move(id, curation.entry(id).getVersion(), EntryStatus.PUBLISHED, editor); // searchable, as most are
        try {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAVES; i++) {
                Map<String, String> edit = fields(page("/admin/practices/" + id));
                edit.put("titleEn", "Benchmark practice, version " + i);
                edit.put("descriptionEn", "A practice saved again and again to time the form; save number " + i);
                long started = System.nanoTime();
                HttpResponse<String> saved = post("/admin/practices/" + id, edit);
                long took = System.nanoTime() - started;
                assertThat(saved.statusCode()).isEqualTo(302);
                if (i >= WARM_UP) {
                    times.add(took / 1e6);
                }
            }
            String found = get("/api/search?q="
                            + URLEncoder.encode("\"version " + (WARM_UP + SAVES - 1) + "\"", StandardCharsets.UTF_8))
                    .body();
            assertThat(found).contains("bench-save-" + editor);
            Collections.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "[bench] %d entries, %d saves of a practice form over HTTP (after %d "
                            + "warm-up): p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    jdbc.queryForObject("select count(*) from entry", Long.class),
                    SAVES,
                    WARM_UP,
                    times.get(times.size() / 2),
                    times.get((int) (times.size() * 0.95)),
                    times.get((int) (times.size() * 0.99)),
                    times.get(times.size() - 1));
        } finally {
            Entry entry = curation.move(id, curation.entry(id).getVersion(), EntryStatus.ARCHIVED, "bench");
            curation.purge(id, entry.getVersion(), "bench");
        }
    }

    /** The values the browser would send back: every named field of the entry form, as shown. */
    private static Map<String, String> fields(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : page.select("form.entry-form input[name], form.entry-form textarea[name]")) {
            boolean box = input.attr("type").equals("checkbox");
            if (!box || input.hasAttr("checked")) {
                fields.merge(
                        input.attr("name"),
                        input.is("textarea") ? input.wholeText() : input.val(),
                        (a, b) -> a + "\u0000" + b);
            }
        }
        for (Element select : page.select("form.entry-form select[name]")) {
            String chosen =
                    select.select("option[selected]").eachAttr("value").stream().collect(Collectors.joining("\u0000"));
            fields.put(
                    select.attr("name"),
                    chosen.isEmpty() && !select.hasAttr("multiple")
                            ? select.select("option").first().val()
                            : chosen);
        }
        return fields;
    }

    private static String csrf(Document page) {
        return page.select("input[name=_csrf]").first().val();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .flatMap(e -> java.util.Arrays.stream(e.getValue().split("\u0000", -1))
                        .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
