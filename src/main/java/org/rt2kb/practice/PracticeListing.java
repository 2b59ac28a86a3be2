package org.rt2kb.practice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rt2kb.instrument.InstrumentService;
import org.rt2kb.reference.Country;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.reference.Region;
import org.rt2kb.shared.Bilingual;
import org.rt2kb.shared.facet.Dimension;
import org.rt2kb.shared.facet.FacetView;
import org.rt2kb.shared.facet.Faceting;
import org.rt2kb.shared.facet.ListPage;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.theme.ThemeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * The practices as the reading room browses them: every published practice with the names it refers to, and the
 * faceted, sorted, paged list of the practices page.
 */
@Service
@Transactional(readOnly = true)
public class PracticeListing {

    static final int PAGE_SIZE = 20;
    /** The sorts of the list; the first is the default, the compendium's own order. */
    static final List<String> SORTS = List.of("number", "title", "year", "country");

    private final PracticeRows rows;
    private final PracticeGroupRepository groups;
    private final ReferenceData reference;
    private final ThemeService themes;
    private final InstrumentService instruments;
    private final MessageSource messages;

    PracticeListing(PracticeRows rows, PracticeGroupRepository groups, ReferenceData reference,
            ThemeService themes, InstrumentService instruments, MessageSource messages) {
        this.rows = rows;
        this.groups = groups;
        this.reference = reference;
        this.themes = themes;
        this.instruments = instruments;
        this.messages = messages;
    }

    /** The practices page: the practices the address selects, one page of them, with facets and counts. */
    public PracticeList list(String path, MultiValueMap<String, String> params, Locale locale) {
        PracticeLabels labels = labels(locale);
        Map<String, Map<String, Bilingual>> facets = facetLabels(labels);
        Map<String, Set<String>> known = new LinkedHashMap<>();
        facets.forEach((name, values) -> known.put(name, values.keySet()));
        ListState state = ListState.read(path, params, known, SORTS);
        Faceting<PracticeRow> faceting = new Faceting<>(dimensions(labels), PracticeRow::startYear,
                PracticeRow::endYear);
        Faceting.Result<PracticeRow> result = faceting.apply(rows.published(), state.selection());
        List<PracticeRow> sorted = new ArrayList<>(result.matched());
        sorted.sort(order(state.sort(), labels, locale));
        List<FacetView> views = facets.entrySet().stream()
                .map(facet -> FacetView.of(facet.getKey(), facet.getValue(), state, result))
                .toList();
        return new PracticeList(ListPage.of(sorted, PAGE_SIZE, state, views, result), labels);
    }

    /** Every published practice, in the compendium's order. */
    public List<PracticeRow> published() {
        return rows.published();
    }

    /** The practices page's list with the labels its rows need. */
    public record PracticeList(ListPage<PracticeRow> page, PracticeLabels labels) {}

    public PracticeLabels labels(Locale locale) {
        Map<String, Bilingual> groupTitles = new LinkedHashMap<>();
        groups.findAllByOrderByPosition().forEach(g -> groupTitles.put(g.getSlug(),
                new Bilingual(g.getTitleEn(), g.getTitleFr(), false, g.isFrUnofficial())));
        Map<String, Country> countries = reference.countries();
        Map<String, Region> regions = reference.regions();
        Map<String, String> countryRegions = new LinkedHashMap<>();
        countries.values().forEach(c -> countryRegions.put(c.getCode(), c.getRegionCode()));
        Map<String, String> regionParents = new LinkedHashMap<>();
        regions.values().forEach(r -> regionParents.put(r.getCode(), r.getParentCode()));
        Map<String, Bilingual> scopes = new LinkedHashMap<>();
        for (PracticeScope scope : PracticeScope.values()) {
            String key = "practice.scope." + scope.code();
            scopes.put(scope.code(), new Bilingual(messages.getMessage(key, null, Locale.ENGLISH),
                    messages.getMessage(key, null, Locale.FRENCH), false, false));
        }
        return new PracticeLabels(groupTitles, themes.titles(), byName(reference.countryNames(), locale),
                countryRegions, byName(reference.regionNames(), locale), regionParents, scopes,
                reference.gcmObjectiveTitles(), reference.sdgTargetTitles(), instruments.titles());
    }

    private static Map<String, Map<String, Bilingual>> facetLabels(PracticeLabels labels) {
        Map<String, Map<String, Bilingual>> facets = new LinkedHashMap<>();
        facets.put("theme", labels.themes());
        facets.put("group", labels.groups());
        facets.put("country", labels.countries());
        facets.put("region", labels.regions());
        facets.put("scope", labels.scopes());
        facets.put("gcm", labels.gcmObjectives());
        facets.put("sdg", labels.sdgTargets());
        facets.put("instrument", labels.instruments());
        return facets;
    }

    private static List<Dimension<PracticeRow>> dimensions(PracticeLabels labels) {
        return List.of(
                new Dimension<>("theme", PracticeRow::themes),
                new Dimension<>("group", row -> row.group() == null ? List.of() : List.of(row.group())),
                new Dimension<>("country", PracticeRow::countries),
                new Dimension<>("region", labels::regionsOf),
                new Dimension<>("scope", row -> List.of(row.scope())),
                new Dimension<>("gcm", PracticeRow::gcmObjectives),
                new Dimension<>("sdg", PracticeRow::sdgTargets),
                new Dimension<>("instrument", PracticeRow::instruments));
    }

    private static Comparator<PracticeRow> order(String sort, PracticeLabels labels, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<PracticeRow> compendium = Comparator.comparing(PracticeRow::number,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (sort) {
            case "title" -> Comparator.comparing((PracticeRow row) -> row.title().text(locale), collator);
            case "year" -> Comparator.comparing(PracticeRow::startYear,
                    Comparator.nullsLast(Comparator.<Integer>reverseOrder())).thenComparing(compendium);
            case "country" -> Comparator.comparing(
                    (PracticeRow row) -> row.countries().isEmpty() ? null
                            : labels.countries().get(row.countries().get(0)).text(locale),
                    Comparator.nullsLast(collator)).thenComparing(compendium);
            default -> compendium;
        };
    }

    /** The labels sorted by their name in the reader's language. */
    static Map<String, Bilingual> byName(Map<String, Bilingual> labels, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Map<String, Bilingual> sorted = new LinkedHashMap<>();
        labels.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(
                        (Function<Bilingual, String>) label -> label.text(locale), collator)))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
