package org.rt2kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rt2kb.support.ApplicationProcess;
import org.rt2kb.support.RawHttp;
import org.rt2kb.support.ServedSession;

/**
 * Two application nodes on one PostgreSQL, as a cluster runs them: node A with the embedded database, node B pointed
 * at it. What a member of the secretariat or a visitor does through one node holds on the other: a sign-in, a
 * lock-out, the suggestion limit. (Each node keeps its own Lucene index here; a search index shared by the nodes
 * needs the OpenSearch backend.)
 */
@Tag("fault")
class TwoNodesTest {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String ADMIN = "chair";
    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path folder;

    @Test
    void shouldShareSignInsLockOutsAndTheSuggestionLimitBetweenNodes() throws Exception {
        int database = ApplicationProcess.freePort();
        try (ApplicationProcess a = ApplicationProcess.start(
                folder.resolve("a"),
                "node-a",
                "--kb.embedded-db.port=" + database,
                "--kb.admin.user=" + ADMIN,
                "--kb.admin.password=" + PASSWORD)) {
            a.awaitReady(START);
            try (ApplicationProcess b = ApplicationProcess.start(
                    folder.resolve("b"),
                    "node-b",
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + database + "/postgres",
                    "--spring.datasource.username=postgres")) {
                b.awaitReady(START);

                ServedSession signedInOnA = ServedSession.signIn(a.port(), ADMIN, PASSWORD);
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
                        .as("the right password on B, with the account locked through A")
                        .endsWith("/login?error");
            }
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
