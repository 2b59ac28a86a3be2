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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices laid out for overviews: by country (grouped by continent), for one country, and as the coverage
 * matrix of themes against compendium groups and GCM objectives.
 */
@Service
@Transactional(readOnly = true)
public class PracticeMaps {

    private final PracticeLabelSource source;

    PracticeMaps(PracticeLabelSource source) {
        this.source = source;
    }

    /** A country with the number of practices naming it. */
    public record CountryCount(String code, long practices) {}

    /** The countries with practices, by continent, and the practices of regional and global actors. */
    public record CountryIndex(
            Map<String, List<CountryCount>> byContinent, List<PracticeRow> beyondCountries, PracticeLabels labels) {}

    /** One country: its practices, and those of regional or global actors whose reach includes it. */
    public record CountryPage(
            String code,
            String continent,
            List<PracticeRow> practices,
            List<PracticeRow> wider,
            PracticeLabels labels) {}

    /** Practices counted per theme and compendium group, and per theme and GCM objective. */
    public record Coverage(CoverageMatrix byGroup, CoverageMatrix byObjective, PracticeLabels labels) {}

    public CountryIndex countries(Locale locale) {
        PracticeLabels labels = source.load();
        List<PracticeRow> rows = source.practices();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> row.countries().forEach(c -> counts.merge(c, 1L, Long::sum)));
        Collator collator = Collator.getInstance(locale);
        Map<String, List<CountryCount>> byContinent = new TreeMap<>(Comparator.comparing(
                (String continent) -> labels.regions().get(continent).text(locale), collator));
        counts.keySet().stream()
                .sorted(Comparator.comparing(
                        (String code) -> labels.countries().get(code).text(locale), collator))
                .forEach(code -> byContinent
                        .computeIfAbsent(labels.continentOf(code), c -> new ArrayList<>())
                        .add(new CountryCount(code, counts.get(code))));
        return new CountryIndex(
                byContinent,
                rows.stream().filter(PracticeRow::isBeyondCountries).toList(),
                labels);
    }

    /** The page of the country with this ISO code (any case), or null when there is no such country. */
    public CountryPage country(String code, Locale locale) {
        PracticeLabels labels = source.load();
        String upper = code.toUpperCase(Locale.ROOT);
        if (!labels.countries().containsKey(upper)) {
            return null;
        }
        List<PracticeRow> rows = source.practices();
        Set<String> regions = labels.withWider(labels.countryRegions().get(upper));
        return new CountryPage(
                upper,
                labels.continentOf(upper),
                rows.stream().filter(row -> row.countries().contains(upper)).toList(),
                rows.stream()
                        .filter(row -> row.isBeyondCountries() && regions.contains(row.region()))
                        .toList(),
                labels);
    }

    public Coverage coverage(Locale locale) {
        PracticeLabels labels = source.load();
        List<PracticeRow> practices = source.practices();
        return new Coverage(
                CoverageMatrix.of(
                        "group",
                        labels.themes(),
                        labels.groups(),
                        practices,
                        row -> row.group() == null ? List.of() : List.of(row.group())),
                CoverageMatrix.of(
                        "gcm", labels.themes(), labels.gcmObjectives(), practices, PracticeRow::gcmObjectives),
                labels);
    }
}
