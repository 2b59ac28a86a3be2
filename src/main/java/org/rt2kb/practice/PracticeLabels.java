package org.rt2kb.practice;

import java.util.Map;
import java.util.Set;
import org.rt2kb.reference.Places;
import org.rt2kb.shared.Multilingual;

/**
 * The names of everything a practice row refers to by code or slug, in both languages and in display order, and
 * where countries and regions sit: what practice lists, facets, country pages and the coverage matrix print.
 */
public record PracticeLabels(
        Map<String, Multilingual> groups,
        Map<String, Multilingual> themes,
        Map<String, Multilingual> countries,
        Map<String, String> countryRegions,
        Map<String, Multilingual> regions,
        Map<String, String> regionParents,
        Map<String, Multilingual> scopes,
        Map<String, Multilingual> gcmObjectives,
        Map<String, Multilingual> sdgTargets,
        Map<String, Multilingual> instruments) {

    /** Where the countries and regions of {@link #countries()} and {@link #regions()} sit. */
    public Places places() {
        return new Places(countryRegions::get, regionParents::get);
    }

    /** The regions a practice belongs to ({@link Places#regionsOf}). */
    public Set<String> regionsOf(PracticeRow row) {
        return places().regionsOf(row.countries(), row.region());
    }

    /** The continent holding a country, or null. */
    public String continentOf(String country) {
        return places().continentOf(country);
    }

    /** The region and every wider region holding it. */
    public Set<String> withWider(String region) {
        return places().withWider(region);
    }
}
