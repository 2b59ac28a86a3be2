package org.rt2kb.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
 * What an operator's bad day does to the application run as a process of its own on a data folder: a SIGTERM
 * finishes the request under way before stopping; a SIGKILL leaves the embedded PostgreSQL running on its own, and
 * the next start on the same folder stops that server and carries on.
 */
@Tag("fault")
class KilledApplicationTest {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Test
    void shouldFinishTheRequestUnderWayWhenStoppedAndStartAgainAfterBeingKilled() throws Exception {
        Path data = folder.resolve("data");

        try (ApplicationProcess first = ApplicationProcess.start(data, "first")) {
            first.awaitReady(START);
            assertThat(postSlowlyWhileStopping(first)).startsWith("HTTP/1.1 302");
            assertThat(first.awaitExit(Duration.ofMinutes(1)))
                    .as("stopped after SIGTERM")
                    .isTrue();
        }
        assertThat(PostmasterPid.read(data.resolve("postgres")))
                .as("database stopped with the application")
                .isEmpty();

        ProcessHandle orphan;
        try (ApplicationProcess second = ApplicationProcess.start(data, "second")) {
            second.awaitReady(START);
            orphan = PostmasterPid.read(data.resolve("postgres"))
                    .flatMap(PostmasterPid::process)
                    .orElseThrow();
            second.kill();
            assertThat(second.awaitExit(Duration.ofSeconds(30))).isTrue();
        }
        assertThat(orphan.isAlive())
                .as("the killed application's PostgreSQL runs on")
                .isTrue();

        try (ApplicationProcess third = ApplicationProcess.start(data, "third")) {
            Duration ready = third.awaitReady(START);
            assertThat(orphan.isAlive())
                    .as("the orphaned PostgreSQL was stopped")
                    .isFalse();
            assertThat(RawHttp.send(third.port(), RawHttp.get("/practices", null))
                            .status())
                    .isEqualTo(200);
            assertThat(third.log()).contains("was left running on").doesNotContain("move a damaged");
            System.out.printf("Started again after a killed run in %d ms%n", ready.toMillis());
            third.terminate();
            assertThat(third.awaitExit(Duration.ofMinutes(1))).isTrue();
        }
    }

    /**
     * Sends a sign-in form in two halves, stopping the application (SIGTERM) between them: the request has begun,
     * so the application must finish it before it stops.
     */
    private static String postSlowlyWhileStopping(ApplicationProcess application) throws Exception {
        ServedSession login = ServedSession.visit(application.port(), "/login");
        byte[] body =
                ("username=nobody&password=not+the+password&_csrf=" + login.csrf()).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", application.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: kb-session="
                            + login.cookie() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                            + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(500);
            application.terminate();
            Thread.sleep(2_000);
            assertThat(application.handle().isAlive())
                    .as("waiting for the request under way")
                    .isTrue();
            out.write(body, 10, body.length - 10);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
