package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.shared.KbProperties;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The burst limit, with requests held inside the application until the test lets them go. */
class BurstLimitTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void shouldTurnAwayTheExpensiveRequestsBeyondTheirShareAndStillServeTheCheapOnes() throws Exception {
        BurstLimit limit = limit(10, 2);
        CountDownLatch inside = new CountDownLatch(2);
        List<Future<MockHttpServletResponse>> held = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            held.add(pool.submit(() -> send(limit, "/search", holding(inside))));
        }
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = send(limit, "/practices", (req, res) -> {});
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getContentAsString())
                .contains("<html lang=\"fr\">", "<h1>La base de connaissances est momentanément indisponible</h1>");
        MockHttpServletResponse api = send(limit, "/api/search", (req, res) -> {});
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503");
        assertThat(send(limit, "/practices/finland-healthcare", (req, res) -> {})
                        .getStatus())
                .as("a cheap page while the expensive ones are full")
                .isEqualTo(200);

        release.countDown();
        for (Future<MockHttpServletResponse> request : held) {
            assertThat(request.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(send(limit, "/practices", (req, res) -> {}).getStatus())
                .as("room again once the burst has passed")
                .isEqualTo(200);
    }

    @Test
    void shouldTurnAwayAnyRequestBeyondTheMostServedAtOnce() throws Exception {
        BurstLimit limit = limit(3, 2);
        CountDownLatch inside = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            pool.submit(() -> send(limit, "/about", holding(inside)));
        }
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(send(limit, "/themes", (req, res) -> {}).getStatus()).isEqualTo(503);
        assertThat(send(limit, "/assets/css/site.css", (req, res) -> {}).getStatus())
                .as("static assets are never held back")
                .isEqualTo(200);
    }

    @Test
    void shouldLetTheQueueWaitForItsTurnAndTurnAwayWhatFindsItFull() throws Exception {
        BurstLimit limit = limit(10, 1, 1);
        CountDownLatch inside = new CountDownLatch(1);
        Future<MockHttpServletResponse> first = pool.submit(() -> send(limit, "/search", holding(inside)));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        Future<MockHttpServletResponse> queued = pool.submit(() -> send(limit, "/search", (req, res) -> {}));
        Thread.sleep(200); // the second takes the one place in the queue

        assertThat(send(limit, "/search", (req, res) -> {}).getStatus())
                .as("the queue is full: turned away at once")
                .isEqualTo(503);
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(queued.get(5, TimeUnit.SECONDS).getStatus())
                .as("the queued one is served when the first is done")
                .isEqualTo(200);
    }

    @Test
    void shouldCountSearchesListsAndExportsAsExpensive() {
        assertThat(BurstLimit.isExpensive("/search")).isTrue();
        assertThat(BurstLimit.isExpensive("/api/practices")).isTrue();
        assertThat(BurstLimit.isExpensive("/export/practices.pdf")).isTrue();
        assertThat(BurstLimit.isExpensive("/dossier/export")).isTrue();
        assertThat(BurstLimit.isExpensive("/practices/a-practice")).isFalse();
        assertThat(BurstLimit.isExpensive("/")).isFalse();
    }

    private FilterChain holding(CountDownLatch inside) {
        return (req, res) -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static MockHttpServletResponse send(BurstLimit limit, String path, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept-Language", "fr");
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, chain);
        return response;
    }

    /** A limit with no queue, so that the first request beyond the room is turned away. */
    private static BurstLimit limit(int requests, int expensive) {
        return limit(requests, expensive, 0);
    }

    private static BurstLimit limit(int requests, int expensive, int queue) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new BurstLimit(
                new KbProperties(
                        Path.of("."),
                        "classpath:seeds/",
                        true,
                        null,
                        null,
                        null,
                        new KbProperties.Load(requests, expensive, queue, Duration.ofSeconds(5))),
                new AcceptHeaderLocaleResolver(),
                messages);
    }
}
