package org.rt2kb.reference;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where countries and regions sit (UN M49): the region of each country and the wider region of each region, up to
 * the world. Lists, country pages and the search index all place practices with it, so that they agree.
 *
 * @param countryRegion the region code of a country code, or null
 * @param regionParent the wider region code of a region code, or null for the world
 */
public record Places(UnaryOperator<String> countryRegion, UnaryOperator<String> regionParent) {

    public static final String WORLD = "001";

    /**
     * The regions a practice belongs to: those of its countries and of its actor's region, with the wider regions
     * holding them. The world counts only for an actor whose region it is, not for every country.
     */
    public Set<String> regionsOf(Collection<String> countries, String actorRegion) {
        Set<String> regions = new LinkedHashSet<>();
        countries.forEach(country -> addWithWider(countryRegion.apply(country), regions));
        if (actorRegion != null) {
            addWithWider(actorRegion, regions);
        }
        regions.remove(null);
        if (!WORLD.equals(actorRegion)) {
            regions.remove(WORLD);
        }
        return regions;
    }

    /** The continent (the widest region below the world) holding a country, or null. */
    public String continentOf(String country) {
        String region = countryRegion.apply(country);
        while (region != null && regionParent.apply(region) != null && !WORLD.equals(regionParent.apply(region))) {
            region = regionParent.apply(region);
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
        for (String r = region; r != null; r = regionParent.apply(r)) {
            into.add(r);
        }
    }
}
