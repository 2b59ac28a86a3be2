package org.rt2kb.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.rt2kb.shared.KbProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a burst away quickly rather than letting it queue: at most {@code kb.load.requests} requests are served at
 * once, and of them at most {@code kb.load.expensive} searches, lists and exports, which would otherwise take every
 * thread and starve the cheap pages. A request that finds no room within {@code kb.load.queue-wait} gets 503 with
 * {@code Retry-After} (the error page or a problem document, in the reader's language). Static assets and the health
 * endpoints are never held back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
class BurstLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BurstLimit.class);

    /** Addresses whose answer costs index queries over the whole catalogue or a document built from many entries. */
    private static final Set<String> EXPENSIVE_PAGES = Set.of(
            "/search",
            "/api/search",
            "/practices",
            "/instruments",
            "/api/practices",
            "/api/instruments",
            "/coverage",
            "/countries");

    private static final List<String> EXPENSIVE_PREFIXES = List.of("/export/", "/dossier/export", "/dossier/print");

    /** A burst passes in a second or two; a client told to come back then usually finds room. */
    private static final String RETRY_AFTER_SECONDS = "2";

    /** How often a burst is reported in the log, with the number of requests turned away since. */
    private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AtomicLong turnedAway = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime() - REPORT_EVERY_NANOS);

    private final Semaphore requests;
    private final Semaphore expensive;
    private final long waitNanos;

    BurstLimit(KbProperties properties) {
        KbProperties.Load load = properties.load();
        this.requests = new Semaphore(load.requests());
        this.expensive = new Semaphore(load.expensiveAtOnce());
        this.waitNanos = load.queueWait().toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admitted(requests)) {
            refuse(request, response, "requests");
            return;
        }
        try {
            boolean costly = isExpensive(path(request));
            if (costly && !admitted(expensive)) {
                refuse(request, response, "expensive requests");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                if (costly) {
                    expensive.release();
                }
            }
        } finally {
            requests.release();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/assets/") || path.startsWith("/actuator/");
    }

    static boolean isExpensive(String path) {
        return EXPENSIVE_PAGES.contains(path) || EXPENSIVE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private boolean admitted(Semaphore permits) {
        try {
            return permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String what) throws IOException {
        long refused = turnedAway.incrementAndGet();
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last >= REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
            turnedAway.addAndGet(-refused);
            log.warn(
                    "A burst: {} requests turned away in the last seconds (the latest {} {}, too many {} at once)",
                    refused,
                    request.getMethod(),
                    request.getRequestURI(),
                    what);
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
