package org.rt2kb.practice;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.rt2kb.shared.Bilingual;

/**
 * The names of everything a practice row refers to by code or slug, in both languages and in display order, and
 * where countries and regions sit: what practice lists, facets, country pages and the coverage matrix print.
 */
public record PracticeLabels(
        Map<String, Bilingual> groups,
        Map<String, Bilingual> themes,
        Map<String, Bilingual> countries,
        Map<String, String> countryRegions,
        Map<String, Bilingual> regions,
        Map<String, String> regionParents,
        Map<String, Bilingual> scopes,
        Map<String, Bilingual> gcmObjectives,
        Map<String, Bilingual> sdgTargets,
        Map<String, Bilingual> instruments) {

    private static final String WORLD = "001";

    /**
     * The regions a practice belongs to: those of its countries and of its actor, with the wider regions holding
     * them. The world counts only for an actor whose region it is, not for every country.
     */
    public Set<String> regionsOf(PracticeRow row) {
        Set<String> regions = new LinkedHashSet<>();
        row.countries().forEach(country -> addWithWider(countryRegions.get(country), regions));
        if (row.region() != null) {
            regions.add(row.region());
            addWithWider(row.region(), regions);
        }
        regions.remove(null);
        if (!WORLD.equals(row.region())) {
            regions.remove(WORLD);
        }
        return regions;
    }

    /** The continent (the widest region below the world) holding a country, or null. */
    public String continentOf(String country) {
        String region = countryRegions.get(country);
        while (region != null && regionParents.get(region) != null && !WORLD.equals(regionParents.get(region))) {
            region = regionParents.get(region);
        }
        return region;
    }

    /** The region and every wider region holding it, up to the world. */
    public Set<String> withWider(String region) {
        Set<String> regions = new LinkedHashSet<>();
        addWithWider(region, regions);
        return regions;
    }

    private void addWithWider(String region, Set<String> into) {
        for (String r = region; r != null; r = regionParents.get(r)) {
            into.add(r);
        }
    }
}
