package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.shared.SharedSecrets;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What guards the suggestion form holds across the nodes of a cluster: each node here is a fresh instance of the
 * guard over the one database, as a second application node would build it.
 */
@CatalogueTest
class SuggestionNodesTest {

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SharedSecrets secrets;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCountSuggestionsSentThroughEveryNodeAgainstOneLimit() {
        var nodeA = new SuggestionLimit(clock, jdbc);
        var nodeB = new SuggestionLimit(clock, jdbc);
        String address = "198.51.100.21";
        for (int i = 0; i < SuggestionLimit.MAX; i++) {
            assertThat((i % 2 == 0 ? nodeA : nodeB).allows(address)).isTrue();
            (i % 2 == 0 ? nodeA : nodeB).record(address);
        }

        assertThat(nodeA.allows(address)).isFalse();
        assertThat(nodeB.allows(address)).isFalse();
        assertThat(nodeB.retryAfter(address)).isBetween(Duration.ofMinutes(59), SuggestionLimit.WINDOW);
        assertThat(new SuggestionLimit(clock, jdbc).allows(address))
                .as("a node started later")
                .isFalse();
        assertThat(nodeB.allows("198.51.100.22")).isTrue();

        clock.advance(SuggestionLimit.WINDOW.plusSeconds(1));
        assertThat(nodeB.allows(address)).isTrue();
        assertThat(nodeA.retryAfter(address)).isZero();
    }

    @Test
    void shouldVerifyOnEveryNodeAFormStampedByAnother() {
        var nodeA = new SuggestionStamps(clock, secrets);
        var nodeB = new SuggestionStamps(clock, secrets);
        String stamp = nodeA.issue(clock.instant().minusSeconds(60));

        assertThat(nodeB.check(stamp)).isEqualTo(SuggestionStamps.Verdict.HUMAN);
        assertThat(new SuggestionStamps(clock, secrets).check(stamp))
                .as("a node started later")
                .isEqualTo(SuggestionStamps.Verdict.HUMAN);
        assertThat(nodeB.check(stamp.substring(0, stamp.length() - 2) + "xx"))
                .isEqualTo(SuggestionStamps.Verdict.INVALID);
    }
}
