package org.rt2kb.instrument;

import java.util.Map;
import java.util.Set;
import org.rt2kb.shared.facet.Selection;
import org.rt2kb.shared.facet.YearRange;

/** Which instruments a list shows; a null field does not filter. {@code annex} is "B" or "C". */
public record InstrumentFilter(InstrumentType type, String body, String annex, Boolean binding) {

    /**
     * The filter as a choice in the instruments list's dimensions; {@code annexGroups} are the slugs of the annex's
     * groups, where an instrument is listed under the annex.
     */
    Selection selection(Set<String> annexGroups) {
        return new Selection(
                Map.of(
                        "type", type == null ? Set.of() : Set.of(type.code()),
                        "body", body == null ? Set.of() : Set.of(body),
                        "annex", annex == null ? Set.of() : annexGroups,
                        "binding", binding == null ? Set.of() : Set.of(binding ? "binding" : "non-binding")),
                YearRange.ANY);
    }
}
