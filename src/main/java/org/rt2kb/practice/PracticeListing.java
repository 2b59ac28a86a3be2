package org.rt2kb.practice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rt2kb.shared.Bilingual;
import org.rt2kb.shared.facet.Dimension;
import org.rt2kb.shared.facet.FacetView;
import org.rt2kb.shared.facet.Faceting;
import org.rt2kb.shared.facet.ListPage;
import org.rt2kb.shared.facet.ListState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * The practices page: the practices an address selects, faceted, sorted and paged.
 */
@Service
@Transactional(readOnly = true)
public class PracticeListing {

    static final int PAGE_SIZE = 20;
    /** The sorts of the list; the first is the default, the compendium's own order. */
    static final List<String> SORTS = List.of("number", "title", "year", "country");
    /** Facets listed by name in the reader's language; the others keep the paper's or the codes' order. */
    private static final Set<String> BY_NAME = Set.of("country", "region");

    private final PracticeLabelSource source;

    PracticeListing(PracticeLabelSource source) {
        this.source = source;
    }

    /** The practices page: the practices the address selects, one page of them, with facets and counts. */
    public PracticeList list(String path, MultiValueMap<String, String> params, Locale locale) {
        PracticeLabels labels = source.load();
        Map<String, Map<String, Bilingual>> facets = facetLabels(labels);
        Map<String, Set<String>> known = new LinkedHashMap<>();
        facets.forEach((name, values) -> known.put(name, values.keySet()));
        ListState state = ListState.read(path, params, known, SORTS);
        Faceting<PracticeRow> faceting =
                new Faceting<>(dimensions(labels), PracticeRow::startYear, PracticeRow::endYear);
        Faceting.Result<PracticeRow> result = faceting.apply(source.practices(), state.selection());
        List<PracticeRow> sorted = new ArrayList<>(result.matched());
        sorted.sort(order(state.sort(), labels, locale));
        List<FacetView> views = facets.entrySet().stream()
                .map(facet -> FacetView.of(facet.getKey(), facet.getValue(), state, result))
                .map(view -> BY_NAME.contains(view.name()) ? view.sortedByName(locale) : view)
                .toList();
        return new PracticeList(ListPage.of(sorted, PAGE_SIZE, state, views, result), labels);
    }

    /** The practices page's list with the labels its rows need. */
    public record PracticeList(ListPage<PracticeRow> page, PracticeLabels labels) {}

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
        Comparator<PracticeRow> compendium =
                Comparator.comparing(PracticeRow::number, Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (sort) {
            case "title" ->
                Comparator.comparing((PracticeRow row) -> row.title().text(locale), collator);
            case "year" ->
                Comparator.comparing(PracticeRow::startYear, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                        .thenComparing(compendium);
            case "country" ->
                Comparator.comparing(
                                (PracticeRow row) -> row.countries().isEmpty()
                                        ? null
                                        : labels.countries()
                                                .get(row.countries().get(0))
                                                .text(locale),
                                Comparator.nullsLast(collator))
                        .thenComparing(compendium);
            default -> compendium;
        };
    }
}
