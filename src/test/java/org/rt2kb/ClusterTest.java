package org.rt2kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rt2kb.support.ApplicationProcess;
import org.rt2kb.support.OpenSearchNode;
import org.rt2kb.support.RawHttp;
import org.rt2kb.support.ServedSession;

/**
 * A cluster as it runs in production: two application nodes, one PostgreSQL (node A's embedded one, node B pointed at
 * it) and one OpenSearch node. What the secretariat or a visitor does through one node holds on the other: an edit is
 * found through the other node's search, a sign-in, a lock-out and the suggestion limit are shared, and a node killed
 * in the middle of its saves loses none that it confirmed, the other node indexing what it left.
 */
@Tag("fault")
class ClusterTest {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String ADMIN = "chair";
    private static final String PASSWORD = "a long enough password";
    private static final Pattern ENTRY = Pattern.compile("/admin/practices/(\\d+)");

    @TempDir
    Path folder;

    @Test
    void shouldShareTheIndexSignInsLockOutsAndTheSuggestionLimitBetweenNodes() throws Exception {
        int database = ApplicationProcess.freePort();
        try (OpenSearchNode search = OpenSearchNode.start(folder.resolve("opensearch"))) {
            search.awaitReady(START);
            try (ApplicationProcess a = node(
                    "node-a",
                    search,
                    "--kb.embedded-db.port=" + database,
                    "--kb.admin.user=" + ADMIN,
                    "--kb.admin.password=" + PASSWORD)) {
                a.awaitReady(START);
                try (ApplicationProcess b = node(
                        "node-b",
                        search,
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + database + "/postgres",
                        "--spring.datasource.username=postgres")) {
                    b.awaitReady(START);
                    ServedSession secretariat = ServedSession.signIn(a.port(), ADMIN, PASSWORD);

                    shouldFindThroughOneNodeWhatWasSavedThroughTheOther(a, b, secretariat);
                    shouldShareSignInsLockOutsAndTheSuggestionLimit(a, b, secretariat);
                    shouldIndexEverySaveANodeConfirmedBeforeItWasKilled(a, b, secretariat);
                }
            }
        }
    }

    private void shouldFindThroughOneNodeWhatWasSavedThroughTheOther(
            ApplicationProcess a, ApplicationProcess b, ServedSession secretariat) throws Exception {
        long entry = publishedPractice(a, secretariat);
        // The first save and search of fresh nodes load and compile their code: measured is the one after.
        timeUntilFound(a, b, secretariat, entry, "Quorvantide");
        Duration found = timeUntilFound(a, b, secretariat, entry, "Quorvantelle");
        System.out.printf("Cluster: a note saved through A was found through B after %d ms%n", found.toMillis());
        assertThat(found)
                .as("from the save through A to a search through B that finds it")
                .isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    /** The time from a note's save through one node to a search through the other that finds it. */
    private static Duration timeUntilFound(
            ApplicationProcess a, ApplicationProcess b, ServedSession secretariat, long entry, String word)
            throws Exception {
        assertThat(addPublicNote(a, secretariat, entry, word).status()).isEqualTo(302);
        long saved = System.nanoTime();
        while (searchTotal(b, word) == 0
                && System.nanoTime() - saved < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - saved);
    }

    private void shouldShareSignInsLockOutsAndTheSuggestionLimit(
            ApplicationProcess a, ApplicationProcess b, ServedSession signedInOnA) throws Exception {
        assertThat(RawHttp.send(b.port(), RawHttp.get("/admin", signedInOnA.cookie()))
                        .status())
                .as("a session made on A, used on B")
                .isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(suggestAsARobot(i % 2 == 0 ? a : b).status()).isEqualTo(302);
        }
        assertThat(suggestAsARobot(b).status())
                .as("the sixth suggestion of the hour, three sent through A and two through B")
                .isEqualTo(429);

        for (int i = 0; i < 5; i++) {
            ServedSession.sendSignIn(a.port(), ADMIN, "wrong password " + i);
        }
        assertThat(ServedSession.sendSignIn(b.port(), ADMIN, PASSWORD).header("Location"))
                .as("the right password on B, with the account locked through A (its open sessions go on)")
                .endsWith("/login?error");
    }

    private void shouldIndexEverySaveANodeConfirmedBeforeItWasKilled(
            ApplicationProcess a, ApplicationProcess b, ServedSession secretariat) throws Exception {
        long entry = publishedPractice(a, secretariat);
        List<String> confirmed = new CopyOnWriteArrayList<>();
        Thread saves = new Thread(() -> {
            for (int i = 0; ; i++) {
                String word = "Vendrilmark" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
                try {
                    if (addPublicNote(b, secretariat, entry, word).status() == 302) {
                        confirmed.add(word);
                    }
                } catch (Exception killed) {
                    return;
                }
            }
        });
        saves.start();
        while (confirmed.size() < 5) {
            Thread.sleep(10);
        }
        b.kill();
        saves.join();

        long killed = System.nanoTime();
        System.out.printf("Cluster: B confirmed %d notes before it was killed%n", confirmed.size());
        List<String> missing = confirmed;
        while (!missing.isEmpty()
                && System.nanoTime() - killed < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(250);
            missing = missing.stream()
                    .filter(word -> searchTotalOrZero(a, word) == 0)
                    .toList();
        }
        System.out.printf(
                "Cluster: A's search found them all %d ms after the kill%n", (System.nanoTime() - killed) / 1_000_000);
        assertThat(missing)
                .as(
                        "of the %d notes B confirmed before it was killed, those A's search does not find",
                        confirmed.size())
                .isEmpty();
    }

    private ApplicationProcess node(String name, OpenSearchNode search, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of(
                "--kb.search.backend=opensearch",
                "--kb.search.opensearch.uris=" + search.uri(),
                // A dead node's share of the indexing goes to the others after 3 s rather than 30.
                "--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=500",
                "--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=3000"));
        all.addAll(List.of(arguments));
        return ApplicationProcess.start(folder.resolve(name), name, all.toArray(String[]::new));
    }

    /** A published practice, from the secretariat's list. */
    private static long publishedPractice(ApplicationProcess node, ServedSession session) throws Exception {
        String list = RawHttp.send(node.port(), RawHttp.get("/admin/practices?status=published", session.cookie()))
                .body();
        Matcher id = ENTRY.matcher(list);
        assertThat(id.find()).as("a practice in the list").isTrue();
        return Long.parseLong(id.group(1));
    }

    private static RawHttp.Response addPublicNote(
            ApplicationProcess node, ServedSession session, long entry, String word) throws Exception {
        Map<String, String> form = Map.of(
                "kind", "STATUS_UPDATE",
                "visibility", "PUBLIC",
                "textEn", "Extended in 2026 (" + word + " decree).",
                "version", "0",
                "_csrf", session.csrf());
        byte[] body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(
                node.port(),
                RawHttp.post(
                        "/admin/entries/" + entry + "/notes/new",
                        session.cookie(),
                        "application/x-www-form-urlencoded",
                        body));
    }

    private static int searchTotal(ApplicationProcess node, String word) throws Exception {
        String json = RawHttp.send(node.port(), RawHttp.get("/api/search?q=" + word, null))
                .body();
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(json);
        assertThat(total.find()).as(json).isTrue();
        return Integer.parseInt(total.group(1));
    }

    private static int searchTotalOrZero(ApplicationProcess node, String word) {
        try {
            return searchTotal(node, word);
        } catch (Exception e) {
            return 0;
        }
    }

    /** A suggestion with the robots' trap field filled: counted against the limit, then quietly dropped. */
    private static RawHttp.Response suggestAsARobot(ApplicationProcess node) throws Exception {
        ServedSession visitor = ServedSession.visit(node.port(), "/suggest");
        byte[] body = ("website=filled&_csrf=" + visitor.csrf()).getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(
                node.port(), RawHttp.post("/suggest", visitor.cookie(), "application/x-www-form-urlencoded", body));
    }
}
