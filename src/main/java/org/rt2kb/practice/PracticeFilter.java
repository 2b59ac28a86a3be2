package org.rt2kb.practice;

import java.util.Map;
import java.util.Set;
import org.rt2kb.shared.facet.Selection;
import org.rt2kb.shared.facet.YearRange;

/**
 * Which practices a list shows; a null field does not filter. {@code year} keeps the practices running that year
 * (an open end counts as still running).
 */
public record PracticeFilter(String theme, String group, String country, Integer year) {

    /** The filter as a choice in the practices list's dimensions. */
    Selection selection() {
        return new Selection(
                Map.of("theme", only(theme), "group", only(group), "country", only(country)),
                year == null ? YearRange.ANY : new YearRange(year, year));
    }

    private static Set<String> only(String value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
