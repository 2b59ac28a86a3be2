package org.rt2kb.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rt2kb.shared.KbProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Turns a burst away quickly rather than letting it pile up: at most {@code kb.load.requests} requests are served at
 * once, and at most {@code kb.load.expensive} searches, lists and exports, which would otherwise take every thread
 * and database connection from the cheap pages. Up to {@code kb.load.queue} requests of each kind wait their turn,
 * each for at most {@code kb.load.queue-wait}; a request that finds the queue full, or waits too long, gets 503 with
 * {@code Retry-After} at once ({@link BusyAnswer}). Static assets and the health endpoints are never held back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
class BurstLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BurstLimit.class);

    /** Besides the index pages: documents built from many entries. */
    private static final List<String> EXPENSIVE_PREFIXES = List.of("/export/", "/dossier/export", "/dossier/print");

    /** How often a burst is reported in the log, with the number of requests turned away since. */
    private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AtomicLong turnedAway = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime() - REPORT_EVERY_NANOS);

    private final Gate requests;
    private final Gate expensive;
    private final BusyAnswer busy;

    BurstLimit(KbProperties properties, LocaleResolver locales, MessageSource messages) {
        this.busy = new BusyAnswer(locales, messages);
        KbProperties.Load load = properties.load();
        long waitNanos = load.queueWait().toNanos();
        this.requests = new Gate(load.requests(), load.queue(), waitNanos);
        this.expensive = new Gate(load.expensiveAtOnce(), load.queue(), waitNanos);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An expensive request waits for its own turn first, so that it holds no place among all requests meanwhile.
        boolean costly = isExpensive(IndexPages.path(request));
        if (costly && !expensive.enter()) {
            refuse(request, response, "searches, lists and exports");
            return;
        }
        try {
            if (!requests.enter()) {
                refuse(request, response, "requests");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                requests.leave();
            }
        } finally {
            if (costly) {
                expensive.leave();
            }
        }
    }

    /** Requests of one kind: how many are served at once, and how many may wait for their turn, and how long. */
    private static final class Gate {

        private final Semaphore serving;
        private final int queue;
        private final long waitNanos;
        private final AtomicInteger waiting = new AtomicInteger();

        Gate(int atOnce, int queue, long waitNanos) {
            this.serving = new Semaphore(atOnce);
            this.queue = queue;
            this.waitNanos = waitNanos;
        }

        boolean enter() {
            if (serving.tryAcquire()) {
                return true;
            }
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                return false;
            }
            try {
                return serving.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                waiting.decrementAndGet();
            }
        }

        void leave() {
            serving.release();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = IndexPages.path(request);
        return path.startsWith("/assets/") || path.startsWith("/actuator/");
    }

    static boolean isExpensive(String path) {
        return IndexPages.contains(path) || EXPENSIVE_PREFIXES.stream().anyMatch(path::startsWith);
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
        busy.send(request, response, BusyAnswer.Reason.BURST);
    }
}
