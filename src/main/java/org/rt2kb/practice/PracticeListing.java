package org.rt2kb.practice;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rt2kb.reference.Places;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.facet.FacetView;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.ListPage;
import org.rt2kb.shared.facet.ListState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * The practices page: the practices an address selects, faceted, sorted and paged by the search index
 * ({@link PracticeIndex}); only the page's practices are read from the database.
 */
@Service
@Transactional(readOnly = true)
public class PracticeListing {

    static final int PAGE_SIZE = 20;
    /** The sorts of the list; the first is the default, the compendium's own order. */
    static final List<String> SORTS = List.of("number", "title", "year", "country");
    /** Facets listed by name in the reader's language; the others keep the paper's or the codes' order. */
    private static final Set<String> BY_NAME = Set.of("country");

    private final PracticeLabelSource source;
    private final PracticeIndex index;

    PracticeListing(PracticeLabelSource source, PracticeIndex index) {
        this.source = source;
        this.index = index;
    }

    /** The practices page: the practices the address selects, one page of them, with facets and counts. */
    public PracticeList list(String path, MultiValueMap<String, String> params, Locale locale) {
        PracticeLabels labels = source.load();
        Map<String, Map<String, Multilingual>> facets = facetLabels(labels);
        IndexedPage found = index.find(ListState.read(path, params, known(facets), SORTS), locale, PAGE_SIZE);
        List<FacetView> views = facets.entrySet().stream()
                .map(facet -> FacetView.of(facet.getKey(), facet.getValue(), found.state(), found))
                .map(view -> BY_NAME.contains(view.name()) ? view.sortedByName(locale) : view)
                .map(view -> "region".equals(view.name()) ? view.nested(continentsFirst(labels), locale) : view)
                .toList();
        return new PracticeList(ListPage.of(source.practices(found.ids()), found, PAGE_SIZE, views), labels);
    }

    /**
     * The published practices the list's choices in {@code params} select, all of them, in the compendium's order:
     * what a download of the list holds.
     */
    public List<Long> chosen(MultiValueMap<String, String> params) {
        ListState state = ListState.read("/practices", params, known(facetLabels(source.load())), SORTS)
                .strict();
        return index.slice(state.selection(), null, 0, Integer.MAX_VALUE).ids();
    }

    /** What holds each region, the continents being held by nothing: the world is a value beside them. */
    private static Map<String, String> continentsFirst(PracticeLabels labels) {
        Map<String, String> parents = new HashMap<>(labels.regionParents());
        parents.values().removeIf(Places.WORLD::equals);
        return parents;
    }

    /** The values each facet accepts. */
    private static Map<String, Set<String>> known(Map<String, Map<String, Multilingual>> facets) {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        facets.forEach((name, values) -> known.put(name, values.keySet()));
        return known;
    }

    /** The practices page's list with the labels its rows need. */
    public record PracticeList(ListPage<PracticeRow> page, PracticeLabels labels) {}

    private static Map<String, Map<String, Multilingual>> facetLabels(PracticeLabels labels) {
        Map<String, Map<String, Multilingual>> facets = new LinkedHashMap<>();
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
}
