package org.rt2kb.practice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The countries' outlines the world map draws, keyed by ISO code, in the map's own units: Natural Earth's 1:110m
 * countries, projected and simplified when the project was built (see {@code src/map/README.md}).
 */
@Component
class WorldOutlines {

    private static final String RESOURCE = "map/world.txt";

    private final String viewBox;
    private final Map<String, String> outlines;

    WorldOutlines() {
        String box = null;
        Map<String, String> read = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                if ("viewBox".equals(columns[0])) {
                    box = columns[1];
                } else {
                    read.put(columns[0], columns[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.viewBox = box;
        this.outlines = Collections.unmodifiableMap(read); // in the file's order, so every node draws the same page
    }

    String viewBox() {
        return viewBox;
    }

    /** Each country's outline as SVG path data. */
    Map<String, String> outlines() {
        return outlines;
    }
}
