package org.rt2kb.practice;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most {@value #MAX} suggestions an hour from one client address, over a sliding hour, counted in the database so
 * that every node of a cluster counts the same suggestions and a restart forgets none. Two suggestions from one address
 * checked at the same moment on two nodes may both pass: the limit is against floods, not exact. The address is the
 * one the servlet container gives: behind a reverse proxy, that is the proxy's unless forwarded headers are trusted
 * ({@code server.forward-headers-strategy}, see docs/operations.md).
 */
@Component
class SuggestionLimit {

    static final int MAX = 5;
    static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final JdbcClient jdbc;

    SuggestionLimit(Clock clock, JdbcClient jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Whether the address may send one more suggestion now. */
    boolean allows(String address) {
        long sent = jdbc.sql("select count(*) from suggestion_sent where address = :address and sent_at > :start")
                .param("address", address)
                .param("start", windowStart())
                .query(Long.class)
                .single();
        return sent < MAX;
    }

    /** Counts a suggestion from the address, stored or quietly dropped as a robot's, and forgets those past the hour. */
    void record(String address) {
        jdbc.sql("delete from suggestion_sent where sent_at <= :start")
                .param("start", windowStart())
                .update();
        jdbc.sql("insert into suggestion_sent (address, sent_at) values (:address, :now)")
                .param("address", address)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** When the address may send again: when its oldest suggestion of the hour leaves the window. */
    /** Whether {@code address} may send another; when not, the response says 429 and when to try again. */
    boolean admits(String address, HttpServletResponse response) {
        if (allows(address)) {
            return true;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(
                HttpHeaders.RETRY_AFTER, Long.toString(retryAfter(address).toSeconds() + 1));
        return false;
    }

    Duration retryAfter(String address) {
        return jdbc.sql("""
                        select sent_at from suggestion_sent where address = :address and sent_at > :start
                        order by sent_at limit 1""")
                .param("address", address)
                .param("start", windowStart())
                .query(Timestamp.class)
                .optional()
                .map(oldest ->
                        Duration.between(clock.instant(), oldest.toInstant().plus(WINDOW)))
                .filter(left -> !left.isNegative())
                .orElse(Duration.ZERO);
    }

    private Timestamp windowStart() {
        return Timestamp.from(clock.instant().minus(WINDOW));
    }
}
