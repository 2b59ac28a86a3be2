package org.rt2kb.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * At most {@value #MAX} suggestions an hour from one client address, counted in memory over a sliding hour (a restart
 * forgets the counts). The address is the one the servlet container gives: behind a reverse proxy, that is the
 * proxy's unless forwarded headers are trusted ({@code server.forward-headers-strategy}, see docs/operations.md).
 */
@Component
class SuggestionLimit {

    static final int MAX = 5;
    static final Duration WINDOW = Duration.ofHours(1);

    /** Past this many addresses, those without a suggestion in the last hour are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    SuggestionLimit(Clock clock) {
        this.clock = clock;
    }

    /** Whether the address may send one more suggestion now. */
    boolean allows(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = sent.get(address);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            forgetBefore(times, now.minus(WINDOW));
            return times.size() < MAX;
        }
    }

    /** Counts a suggestion from the address, stored or quietly dropped as a robot's. */
    void record(String address) {
        Instant now = clock.instant();
        if (sent.size() > TIDY_ABOVE) {
            tidy(now);
        }
        Deque<Instant> times = sent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            forgetBefore(times, now.minus(WINDOW));
            times.addLast(now);
        }
    }

    /** When the address may send again: when its oldest suggestion of the hour leaves the window. */
    Duration retryAfter(String address) {
        Deque<Instant> times = sent.get(address);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant oldest = times.peekFirst();
            if (oldest == null) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(clock.instant(), oldest.plus(WINDOW));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private void tidy(Instant now) {
        Instant start = now.minus(WINDOW);
        sent.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                forgetBefore(e.getValue(), start);
                return e.getValue().isEmpty();
            }
        });
    }

    private static void forgetBefore(Deque<Instant> times, Instant start) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }
}
