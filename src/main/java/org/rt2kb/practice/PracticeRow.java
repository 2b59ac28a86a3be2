package org.rt2kb.practice;

import java.util.List;
import org.rt2kb.shared.Multilingual;

/**
 * A published practice as lists, facets, country pages and the coverage matrix see it: its texts and the codes and
 * slugs of everything it is tagged or linked with.
 */
public record PracticeRow(
        long id,
        String slug,
        Integer number,
        Multilingual title,
        Multilingual description,
        String group,
        String scope,
        String actor,
        String region,
        Integer startYear,
        Integer endYear,
        List<String> countries,
        List<String> themes,
        List<String> gcmObjectives,
        List<String> sdgTargets,
        List<String> instruments) {

    /** Practices of regional or global actors, which the country pages list apart from the countries. */
    public boolean isBeyondCountries() {
        return "regional".equals(scope) || "global".equals(scope);
    }
}
