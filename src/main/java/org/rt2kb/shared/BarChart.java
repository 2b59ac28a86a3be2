package org.rt2kb.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Counts to draw as bars: each bar with its label, the page that lists what it counts (or null), and its length as a
 * share of the longest, written as an SVG percentage.
 */
public record BarChart(List<Bar> bars) {

    /**
     * A bar, {@code share} being its count's share of the largest; {@code labelled} says whether its label is drawn
     * under it when the bars stand side by side.
     */
    public record Bar(Multilingual label, long count, String href, double share, boolean labelled) {

        /** Its length, as an SVG percentage. */
        public String length() {
            return percent(share * LONGEST);
        }

        /** Where it starts from the top when it stands, as an SVG percentage. */
        public String top() {
            return percent(1 - share * LONGEST);
        }
    }

    /** A count to draw, before the chart knows the longest. */
    public record Count(Multilingual label, long count, String href) {}

    /** The longest bar's share of the room, leaving the rest for its count. */
    private static final double LONGEST = 0.9;

    /** How many years a chart of years may show with every year labelled under its bar. */
    private static final int EVERY_YEAR_LABELLED = 12;

    public static BarChart of(List<Count> counts) {
        long most = counts.stream().mapToLong(Count::count).max().orElse(0);
        return new BarChart(counts.stream()
                .map(c -> new Bar(c.label(), c.count(), c.href(), share(c.count(), most), true))
                .toList());
    }

    /**
     * A bar for every year from the first to the last counted, years without any included so that gaps show. When
     * there are many, only the first, the last and every fifth year are labelled, so labels never overlap.
     */
    public static BarChart ofYears(Map<Integer, Long> byYear) {
        if (byYear.isEmpty()) {
            return new BarChart(List.of());
        }
        int first = byYear.keySet().stream().min(Integer::compare).orElseThrow();
        int last = byYear.keySet().stream().max(Integer::compare).orElseThrow();
        long most = byYear.values().stream().max(Long::compare).orElseThrow();
        boolean all = last - first < EVERY_YEAR_LABELLED;
        return new BarChart(IntStream.rangeClosed(first, last)
                .mapToObj(year -> {
                    long count = byYear.getOrDefault(year, 0L);
                    String text = String.valueOf(year);
                    boolean labelled = all
                            || year == first
                            || year == last
                            || (year % 5 == 0 && year - first > 2 && last - year > 2);
                    return new Bar(Multilingual.of(text, text, text), count, null, share(count, most), labelled);
                })
                .toList());
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Where bar {@code index} starts across, as an SVG percentage, when the bars stand side by side. */
    public String across(int index) {
        return percent((double) index / bars.size());
    }

    /**
     * Where the label of bar {@code index} is anchored across: under the bar's middle, but the first label starts at
     * its bar and the last ends at its bar, so that neither is cut at the chart's edges.
     */
    public String labelAt(int index) {
        double at = index == 0 ? 0 : index == bars.size() - 1 ? index + 0.8 : index + 0.4;
        return percent(at / bars.size());
    }

    /** The SVG text-anchor of bar {@code index}'s label, as {@link #labelAt} places it. */
    public String anchor(int index) {
        return index == 0 ? "start" : index == bars.size() - 1 ? "end" : "middle";
    }

    /** The width of a bar standing side by side with the others, leaving a gap between them. */
    public String slot() {
        return percent(0.8 / bars.size());
    }

    private static double share(long count, long most) {
        return most == 0 ? 0 : (double) count / most;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
