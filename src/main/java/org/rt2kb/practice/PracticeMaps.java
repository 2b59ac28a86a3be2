package org.rt2kb.practice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rt2kb.shared.BarChart;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.ListState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices laid out for overviews: by country (grouped by continent), for one country, and as the coverage
 * matrix of themes against compendium groups and GCM objectives.
 */
@Service
@Transactional(readOnly = true)
public class PracticeMaps {

    /** How many practices the country pages list in each section; the practices list shows the rest. */
    static final int SHOWN = 20;

    private static final String LIST = "/practices";
    private static final Set<String> BEYOND_COUNTRIES = Set.of("regional", "global");

    private final PracticeLabelSource source;
    private final PracticeIndex index;
    private final WorldOutlines world;

    PracticeMaps(PracticeLabelSource source, PracticeIndex index, WorldOutlines world) {
        this.source = source;
        this.index = index;
        this.world = world;
    }

    /**
     * Where the published practices come from: how many name each country, and how many are of regional and of
     * global actors, which the map shows apart from the countries.
     */
    public record Origins(Map<String, Long> countries, long regional, long global) {}

    /** A country with the number of practices naming it. */
    public record CountryCount(String code, long practices) {}

    /**
     * The countries with practices, by continent, and the first practices of regional and global actors, with how
     * many there are in all.
     */
    public record CountryIndex(
            ShadedMap map,
            Origins origins,
            Map<String, List<CountryCount>> byContinent,
            List<PracticeRow> beyondCountries,
            long beyondTotal,
            PracticeLabels labels) {}

    /**
     * One country: its first practices, and the first of regional or global actors whose reach includes it, each with
     * how many there are in all.
     */
    public record CountryPage(
            String code,
            String continent,
            List<PracticeRow> practices,
            long practicesTotal,
            List<PracticeRow> wider,
            long widerTotal,
            PracticeLabels labels) {}

    /** Practices counted per theme and compendium group, and per theme and GCM objective. */
    public record Coverage(CoverageMatrix byGroup, CoverageMatrix byObjective, PracticeLabels labels) {}

    /** How many practices are published, as the index counts them. */
    public long countPublished() {
        return index.counts(choosing(Map.of()), List.of()).total();
    }

    public Origins origins() {
        IndexedPage counted = index.counts(choosing(Map.of()), List.of("country", "scope"));
        return new Origins(
                counted.values("country"), counted.count("scope", "regional"), counted.count("scope", "global"));
    }

    /** The world map of {@code origins}, each country shaded by its number of practices. */
    public ShadedMap map(Origins origins) {
        return ShadedMap.of(world, origins.countries());
    }

    /** How many published practices started in each year, every year from the first to the last. */
    public BarChart startYears() {
        return BarChart.ofYears(index.startYears(choosing(Map.of())));
    }

    /** The labels of the practices' countries, regions and other dimensions, in every language. */
    public PracticeLabels labels() {
        return source.load();
    }

    public CountryIndex countries(Locale locale) {
        PracticeLabels labels = source.load();
        Origins origins = origins();
        Map<String, Long> counts = origins.countries();
        Collator collator = Collator.getInstance(locale);
        Map<String, List<CountryCount>> byContinent = new TreeMap<>(Comparator.comparing(
                (String continent) -> labels.regions().get(continent).text(locale), collator));
        counts.keySet().stream()
                .filter(labels.countries()::containsKey)
                .sorted(Comparator.comparing(
                        (String code) -> labels.countries().get(code).text(locale), collator))
                .forEach(code -> byContinent
                        .computeIfAbsent(labels.continentOf(code), c -> new ArrayList<>())
                        .add(new CountryCount(code, counts.get(code))));
        IndexedPage beyond = index.first(choosing(Map.of("scope", BEYOND_COUNTRIES)), SHOWN);
        return new CountryIndex(
                map(origins), origins, byContinent, source.practices(beyond.ids()), beyond.total(), labels);
    }

    /** The page of the country with this ISO code (any case), or null when there is no such country. */
    public CountryPage country(String code, Locale locale) {
        PracticeLabels labels = source.load();
        String upper = code.toUpperCase(Locale.ROOT);
        if (!labels.countries().containsKey(upper)) {
            return null;
        }
        IndexedPage in = index.first(choosing(Map.of("country", Set.of(upper))), SHOWN);
        Set<String> regions = labels.withWider(labels.countryRegions().get(upper));
        IndexedPage wider = regions.isEmpty()
                ? null
                : index.first(choosing(Map.of("scope", BEYOND_COUNTRIES, "reach", regions)), SHOWN);
        return new CountryPage(
                upper,
                labels.continentOf(upper),
                source.practices(in.ids()),
                in.total(),
                wider == null ? List.of() : source.practices(wider.ids()),
                wider == null ? 0 : wider.total(),
                labels);
    }

    public Coverage coverage(Locale locale) {
        PracticeLabels labels = source.load();
        Map<String, IndexedPage> byTheme = new LinkedHashMap<>();
        labels.themes()
                .keySet()
                .forEach(theme -> byTheme.put(
                        theme, index.counts(choosing(Map.of("theme", Set.of(theme))), List.of("group", "gcm"))));
        return new Coverage(
                CoverageMatrix.of("group", labels.themes(), labels.groups(), byTheme, true),
                CoverageMatrix.of("gcm", labels.themes(), labels.gcmObjectives(), byTheme, false),
                labels);
    }

    private static ListState choosing(Map<String, Set<String>> chosen) {
        return ListState.choosing(LIST, chosen, PracticeListing.SORTS);
    }
}
