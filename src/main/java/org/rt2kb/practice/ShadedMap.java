package org.rt2kb.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The world map with each country shaded by its number of practices: the countries without any first, then those
 * with some, each in one of up to five bands of counts, and the countries with practices too small to draw at the
 * map's scale.
 */
public record ShadedMap(String viewBox, List<Shape> blank, List<Shape> shaded, List<Band> legend, List<Shape> undrawn) {

    /**
     * A country's outline (SVG path data; null when too small to draw) and its count; {@code shade} runs from 1
     * (fewest) to 5 (most).
     */
    public record Shape(String code, String outline, long practices, int shade) {}

    /** The counts from {@code from} to {@code to} share the shade {@code shade}. */
    public record Band(long from, long to, int shade) {}

    private static final int SHADES = 5;

    static ShadedMap of(WorldOutlines world, Map<String, Long> practices) {
        List<Band> legend = bands(
                practices.values().stream().mapToLong(Long::longValue).max().orElse(0));
        List<Shape> blank = new ArrayList<>();
        List<Shape> shaded = new ArrayList<>();
        world.outlines().forEach((code, outline) -> {
            long count = practices.getOrDefault(code, 0L);
            if (count == 0) {
                blank.add(new Shape(code, outline, 0, 0));
            } else {
                shaded.add(new Shape(code, outline, count, shadeOf(count, legend)));
            }
        });
        List<Shape> undrawn = practices.entrySet().stream()
                .filter(count -> !world.outlines().containsKey(count.getKey()))
                .map(count -> new Shape(count.getKey(), null, count.getValue(), shadeOf(count.getValue(), legend)))
                .sorted(Comparator.comparing(Shape::code))
                .toList();
        return new ShadedMap(world.viewBox(), blank, shaded, legend, undrawn);
    }

    /** Every country with practices, drawn or not, the most first: the map's figures as a table gives them. */
    public List<Shape> counted() {
        return Stream.concat(shaded.stream(), undrawn.stream())
                .sorted(Comparator.comparingLong(Shape::practices)
                        .reversed()
                        .thenComparing(Shape::code, Comparator.naturalOrder()))
                .toList();
    }

    /**
     * Bands whose upper bounds grow geometrically up to the largest count, so that a few countries with many
     * practices do not leave all others in the palest shade; small counts get a band each.
     */
    static List<Band> bands(long most) {
        if (most <= 0) {
            return List.of();
        }
        List<Long> uppers = new ArrayList<>();
        for (int k = 1; k <= SHADES && (uppers.isEmpty() || uppers.get(uppers.size() - 1) < most); k++) {
            long upper = Math.round(Math.pow(most, (double) k / SHADES));
            long previous = uppers.isEmpty() ? 0 : uppers.get(uppers.size() - 1);
            uppers.add(k == SHADES ? most : Math.min(most, Math.max(upper, previous + 1)));
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < uppers.size(); i++) {
            long from = i == 0 ? 1 : uppers.get(i - 1) + 1;
            // The darkest band is always shade 5; fewer bands spread over the palette from there.
            int shade = SHADES - (uppers.size() - 1 - i) * (SHADES - 1) / Math.max(1, uppers.size() - 1);
            bands.add(new Band(from, uppers.get(i), uppers.size() == 1 ? SHADES : shade));
        }
        return bands;
    }

    static int shadeOf(long count, List<Band> legend) {
        return legend.stream()
                .filter(band -> count <= band.to())
                .findFirst()
                .map(Band::shade)
                .orElse(SHADES);
    }
}
