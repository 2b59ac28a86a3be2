package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShadedMapTest {

    @Test
    void shouldGiveSmallCountsABandEachAndSpreadThemOverThePalette() {
        assertThat(ShadedMap.bands(3))
                .containsExactly(new ShadedMap.Band(1, 1, 1), new ShadedMap.Band(2, 2, 3), new ShadedMap.Band(3, 3, 5));
        assertThat(ShadedMap.bands(1)).containsExactly(new ShadedMap.Band(1, 1, 5));
        assertThat(ShadedMap.bands(0)).isEmpty();
    }

    @Test
    void shouldGrowTheBandsGeometricallyForLargeCounts() {
        assertThat(ShadedMap.bands(1000))
                .containsExactly(
                        new ShadedMap.Band(1, 4, 1),
                        new ShadedMap.Band(5, 16, 2),
                        new ShadedMap.Band(17, 63, 3),
                        new ShadedMap.Band(64, 251, 4),
                        new ShadedMap.Band(252, 1000, 5));
    }
}
