package org.rt2kb;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training run of the class-data-sharing archive ({@code kb.training-run=true}, used by the build and the
 * Dockerfile with {@code -XX:ArchiveClassesAtExit}). Once the application is ready it asks its own port for one page of
 * each kind, so that the classes a first request loads are in the archive too, then stops; the JVM writes the archive
 * as it exits.
 */
@Component
@ConditionalOnBooleanProperty("kb.training-run")
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    private static final List<String> PAGES = List.of(
            "/",
            "/practices",
            "/instruments",
            "/themes",
            "/countries",
            "/coverage",
            "/search?q=domestic+workers",
            "/search?q=travailleurs&lang=fr",
            "/api/practices",
            "/api/instruments",
            "/api/search?q=migrantes",
            "/no-such-page");

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext())
                .getWebServer()
                .getPort();
        HttpClient client = HttpClient.newHttpClient();
        try {
            for (String page : PAGES) {
                HttpResponse<Void> answer = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                log.info("Training run: {} answered {}", page, answer.statusCode());
            }
        } catch (IOException e) {
            log.warn("Training run: a page did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
