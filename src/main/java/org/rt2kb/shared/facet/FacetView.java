package org.rt2kb.shared.facet;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.rt2kb.shared.Bilingual;

/**
 * A dimension as a list page shows it: its values that would keep something in the list, or that are chosen, each
 * with its count and the address that toggles it. A long dimension shows its {@link #MOST_SHOWN} most frequent values
 * and the chosen ones, and says how many it leaves out.
 */
public record FacetView(String name, List<Option> options, boolean active, String clearHref, int hidden) {

    /** The most values a facet shows. */
    public static final int MOST_SHOWN = 30;

    public record Option(String value, Bilingual label, long count, boolean selected, String href) {}

    /** Builds the view of {@code name}, its values in the order of {@code labels}. */
    public static FacetView of(String name, Map<String, Bilingual> labels, ListState state, FacetCounts counts) {
        return of(name, labels, state, value -> counts.count(name, value));
    }

    /** Builds the view of {@code name} from counts made elsewhere, such as a search engine's. */
    public static FacetView of(
            String name, Map<String, Bilingual> labels, ListState state, ToLongFunction<String> count) {
        Set<String> chosen = state.chosen(name);
        List<String> values = labels.keySet().stream()
                .filter(value -> count.applyAsLong(value) > 0 || chosen.contains(value))
                .toList();
        Set<String> shown = new HashSet<>(chosen);
        values.stream()
                .sorted(Comparator.comparingLong(count::applyAsLong).reversed())
                .limit(Math.max(0, MOST_SHOWN - chosen.size()))
                .forEach(shown::add);
        List<Option> options = values.stream()
                .filter(shown::contains)
                .map(value -> new Option(
                        value,
                        labels.get(value),
                        count.applyAsLong(value),
                        chosen.contains(value),
                        state.toggle(name, value)))
                .toList();
        return new FacetView(name, options, !chosen.isEmpty(), state.without(name), values.size() - options.size());
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
