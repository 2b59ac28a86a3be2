package org.rt2kb.shared.facet;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.rt2kb.shared.Multilingual;

/**
 * A dimension as a list page shows it: its values that would keep something in the list, or that are chosen, each
 * with its count and the address that toggles it. A long dimension shows its {@link #MOST_SHOWN} most frequent values
 * and the chosen ones, and says how many it leaves out.
 */
public record FacetView(String name, List<Option> options, boolean active, String clearHref, int hidden) {

    /** The most values a facet shows. */
    public static final int MOST_SHOWN = 30;

    /** How many values show at once; the others wait behind "n more". */
    static final int FIRST_SHOWN = 8;

    /** {@code depth}: how deep the value sits in a facet of nested values (a sub-region under its continent). */
    public record Option(String value, Multilingual label, long count, boolean selected, String href, int depth) {

        public Option(String value, Multilingual label, long count, boolean selected, String href) {
            this(value, label, count, selected, href, 0);
        }
    }

    /** Builds the view of {@code name}, its values in the order of {@code labels}. */
    public static FacetView of(String name, Map<String, Multilingual> labels, ListState state, FacetCounts counts) {
        return of(name, labels, state, value -> counts.count(name, value));
    }

    /** Builds the view of {@code name} from counts made elsewhere, such as a search engine's. */
    public static FacetView of(
            String name, Map<String, Multilingual> labels, ListState state, ToLongFunction<String> count) {
        Set<String> chosen = state.chosen(name);
        Map<String, Long> values = new LinkedHashMap<>(); // in the labels' order
        for (String value : labels.keySet()) {
            long n = count.applyAsLong(value);
            if (n > 0 || chosen.contains(value)) {
                values.put(value, n);
            }
        }
        Set<String> shown = new HashSet<>(chosen);
        shown.addAll(mostFrequent(values, MOST_SHOWN - chosen.size()));
        List<Option> options = new ArrayList<>();
        values.forEach((value, n) -> {
            if (shown.contains(value)) {
                options.add(new Option(value, labels.get(value), n, chosen.contains(value), state.toggle(name, value)));
            }
        });
        return new FacetView(
                name, List.copyOf(options), !chosen.isEmpty(), state.without(name), values.size() - options.size());
    }

    /**
     * The {@code limit} values of highest count, the first in order among equals. A heap of {@code limit}: a facet of
     * 20,000 instruments is not sorted whole to show 30 of them.
     */
    private static List<String> mostFrequent(Map<String, Long> values, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map<String, Integer> order = new HashMap<>();
        Comparator<String> lessFrequentFirst =
                Comparator.<String>comparingLong(values::get).thenComparing(order::get, Comparator.reverseOrder());
        PriorityQueue<String> top = new PriorityQueue<>(limit + 1, lessFrequentFirst);
        for (String value : values.keySet()) {
            order.put(value, order.size());
            top.add(value);
            if (top.size() > limit) {
                top.poll();
            }
        }
        return List.copyOf(top);
    }

    /** The same facet with its values in the alphabetical order of the reader's language. */
    public FacetView sortedByName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Option> sorted = options.stream()
                .sorted(Comparator.comparing((Option option) -> option.label().text(locale), collator))
                .toList();
        return new FacetView(name, sorted, active, clearHref, hidden);
    }

    /**
     * The values that show at once: the first {@value #FIRST_SHOWN}, with those within them (a continent's
     * sub-regions are not cut from it), and every chosen one.
     */
    public List<Option> first() {
        List<Option> first = new ArrayList<>();
        boolean groupShown = false;
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            if (option.depth() == 0) {
                groupShown = i < FIRST_SHOWN;
            }
            if (groupShown || option.selected()) {
                first.add(option);
            }
        }
        return first;
    }

    /** The values that wait behind "n more". */
    public List<Option> more() {
        List<Option> first = first();
        return options.stream().filter(option -> !first.contains(option)).toList();
    }

    /**
     * The same facet with each value followed by those within it ({@code parents} gives what holds what), each level
     * in the alphabetical order of the reader's language: "Africa", "› Northern Africa", "Americas"…
     */
    public FacetView nested(Map<String, String> parents, Locale locale) {
        List<Option> byName = sortedByName(locale).options();
        Set<String> present = new HashSet<>();
        byName.forEach(option -> present.add(option.value()));
        List<Option> nested = new ArrayList<>();
        for (Option option : byName) {
            if (!present.contains(parents.get(option.value()))) {
                addWithin(option, 0, byName, parents, nested);
            }
        }
        return new FacetView(name, List.copyOf(nested), active, clearHref, hidden);
    }

    private static void addWithin(
            Option option, int depth, List<Option> byName, Map<String, String> parents, List<Option> nested) {
        nested.add(new Option(option.value(), option.label(), option.count(), option.selected(), option.href(), depth));
        for (Option child : byName) {
            if (option.value().equals(parents.get(child.value()))) {
                addWithin(child, depth + 1, byName, parents, nested);
            }
        }
    }

    /**
     * For an empty list: each choice that alone hides entries, with how many removing it would show and the
     * address without it.
     */
    public static List<Relaxation> relaxations(ListState state, FacetCounts result) {
        Comparator<Map.Entry<String, Long>> mostFirst =
                Map.Entry.<String, Long>comparingByValue().reversed();
        return result.relaxed().entrySet().stream()
                .sorted(mostFirst.thenComparing(e -> state.position(e.getKey())))
                .map(e -> new Relaxation(e.getKey(), e.getValue(), state.without(e.getKey())))
                .toList();
    }

    public record Relaxation(String dimension, long count, String href) {}
}
