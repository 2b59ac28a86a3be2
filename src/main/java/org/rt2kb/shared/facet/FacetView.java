package org.rt2kb.shared.facet;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.rt2kb.shared.Bilingual;

/**
 * A dimension as a list page shows it: its values that would keep something in the list, or that are chosen, each
 * with its count and the address that toggles it.
 */
public record FacetView(String name, List<Option> options, boolean active, String clearHref) {

    public record Option(String value, Bilingual label, long count, boolean selected, String href) {}

    /** Builds the view of {@code name}, its values in the order of {@code labels}. */
    public static FacetView of(String name, Map<String, Bilingual> labels, ListState state, FacetCounts counts) {
        return of(name, labels, state, value -> counts.count(name, value));
    }

    /** Builds the view of {@code name} from counts made elsewhere, such as a search engine's. */
    public static FacetView of(
            String name, Map<String, Bilingual> labels, ListState state, ToLongFunction<String> count) {
        List<Option> options = labels.entrySet().stream()
                .filter(label -> count.applyAsLong(label.getKey()) > 0
                        || state.chosen(name).contains(label.getKey()))
                .map(label -> new Option(
                        label.getKey(),
                        label.getValue(),
                        count.applyAsLong(label.getKey()),
                        state.chosen(name).contains(label.getKey()),
                        state.toggle(name, label.getKey())))
                .toList();
        return new FacetView(name, options, !state.chosen(name).isEmpty(), state.without(name));
    }

    /** The same facet with its values in the alphabetical order of the reader's language. */
    public FacetView sortedByName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Option> sorted = options.stream()
                .sorted(Comparator.comparing((Option option) -> option.label().text(locale), collator))
                .toList();
        return new FacetView(name, sorted, active, clearHref);
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
