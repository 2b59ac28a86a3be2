package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The world map's outlines are made from the Natural Earth data in {@code src/map} by {@link NaturalEarthOutlines}; the jar
 * carries only the simplified result. This test fails when the two part ways; run it with {@code -Dkb.docs.write=true}
 * to write the outlines anew.
 */
class WorldOutlinesTest {

    @Test
    void theBundledOutlinesAreTheSimplifiedNaturalEarthCountries() throws Exception {
        String generated = NaturalEarthOutlines.generate();
        if (Boolean.getBoolean("kb.docs.write")) {
            Files.createDirectories(NaturalEarthOutlines.OUTPUT.getParent());
            Files.writeString(NaturalEarthOutlines.OUTPUT, generated);
        }
        assertThat(Files.readString(NaturalEarthOutlines.OUTPUT))
                .as("%s (write it anew with -Dkb.docs.write=true)", NaturalEarthOutlines.OUTPUT)
                .isEqualTo(generated);
    }

    @Test
    void theProjectionIsEqualEarth() {
        // The projection's published extents on the unit sphere: 2.7066 wide at the equator, 1.3173 high at the
        // poles, and a pole line 0.5925 of the equator's length.
        assertThat(NaturalEarthOutlines.equalEarth(180, 0)[0]).isCloseTo(2.7066, within(1e-4));
        assertThat(NaturalEarthOutlines.equalEarth(0, 90)[1]).isCloseTo(1.3173, within(1e-4));
        assertThat(NaturalEarthOutlines.equalEarth(180, 90)[0] / 2.7066).isCloseTo(0.5925, within(1e-3));
    }
}
