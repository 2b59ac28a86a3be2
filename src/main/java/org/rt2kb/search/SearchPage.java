package org.rt2kb.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.rt2kb.instrument.InstrumentService;
import org.rt2kb.instrument.InstrumentType;
import org.rt2kb.practice.PracticeService;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.facet.FacetView;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.theme.ThemeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page: the address read leniently, the search run, its facets named in both languages. */
@Service
@Transactional(readOnly = true)
public class SearchPage {

    static final int PAGE_SIZE = 20;
    static final List<String> SORTS = List.of("relevance", "year");

    private final KnowledgeSearch search;
    private final ThemeService themes;
    private final PracticeService practices;
    private final InstrumentService instruments;
    private final ReferenceData reference;
    private final MessageSource messages;
    /** The names of the facets' values, read again only after the catalogue has changed. */
    private final Supplier<Map<String, Map<String, Multilingual>>> labels;

    SearchPage(
            KnowledgeSearch search,
            ThemeService themes,
            PracticeService practices,
            InstrumentService instruments,
            ReferenceData reference,
            MessageSource messages,
            CatalogueGeneration generation) {
        this.search = search;
        this.themes = themes;
        this.practices = practices;
        this.instruments = instruments;
        this.reference = reference;
        this.messages = messages;
        this.labels = generation.cached(this::labels);
    }

    /** What the page shows: the query, the hits with their facets and pages, or nothing yet. */
    public record View(
            String query,
            SearchResult result,
            ListState state,
            List<FacetView> facets,
            int pages,
            FacetView types,
            String suggestionHref) {}

    public View search(MultiValueMap<String, String> params, Locale locale) {
        String query = KnowledgeSearch.clean(params.getFirst("q"));
        Map<String, Map<String, Multilingual>> labels = this.labels.get();
        Map<String, Set<String>> known = new LinkedHashMap<>();
        labels.forEach((name, values) -> known.put(name, values.keySet()));
        String path = UriComponentsBuilder.fromPath("/search")
                .queryParam("q", query)
                .encode()
                .build()
                .toUriString();
        ListState asked = ListState.read(path, params, known, SORTS);
        if (query.isEmpty()) {
            return new View(query, null, asked, List.of(), 0, null, null);
        }
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        labels.keySet().forEach(name -> filters.put(name, new LinkedHashSet<>(asked.chosen(name))));
        SearchRequest request = new SearchRequest(
                query, filters, asked.years().from(), asked.years().to(), asked.sort(), asked.page() - 1, PAGE_SIZE);
        SearchResult result = search.search(request, locale);
        int pages = (int) Math.min((result.total() + PAGE_SIZE - 1) / PAGE_SIZE, 500);
        ListState state = asked.within(pages);
        if (state.page() != asked.page()) {
            request = new SearchRequest(
                    query,
                    filters,
                    asked.years().from(),
                    asked.years().to(),
                    asked.sort(),
                    state.page() - 1,
                    PAGE_SIZE);
            result = search.search(request, locale);
        }
        SearchResult found = result;
        List<FacetView> facets = labels.entrySet().stream()
                .filter(e -> !e.getKey().equals("type"))
                .map(e -> FacetView.of(
                        e.getKey(),
                        e.getValue(),
                        state,
                        value -> found.facets()
                                .getOrDefault(e.getKey(), Map.of())
                                .getOrDefault(value, 0L)))
                .toList();
        FacetView types = FacetView.of(
                "type",
                labels.get("type"),
                state,
                value -> found.facets().getOrDefault("type", Map.of()).getOrDefault(value, 0L));
        String suggestionHref = result.suggestion() == null
                ? null
                : UriComponentsBuilder.fromPath("/search")
                        .queryParam("q", result.suggestion())
                        .encode()
                        .build()
                        .toUriString();
        return new View(query, result, state, facets, pages, types, suggestionHref);
    }

    /**
     * The entries the search of {@code params} finds, best first, at most {@code limit}, written {@code type:slug}
     * (a note's hit gives the entry it is on, once): what an export of the results holds.
     */
    public List<String> entries(MultiValueMap<String, String> params, Locale locale, int limit) {
        String query = KnowledgeSearch.clean(params.getFirst("q"));
        if (query.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Multilingual>> labels = this.labels.get();
        Map<String, Set<String>> known = new LinkedHashMap<>();
        labels.forEach((name, values) -> known.put(name, values.keySet()));
        ListState asked = ListState.read("/search", params, known, SORTS).strict();
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        labels.keySet().forEach(name -> filters.put(name, new LinkedHashSet<>(asked.chosen(name))));
        SearchRequest request = new SearchRequest(
                query, filters, asked.years().from(), asked.years().to(), asked.sort(), 0, limit);
        return search.search(request, locale).hits().stream()
                .map(SearchResult.Hit::entry)
                .distinct()
                .toList();
    }

    private Map<String, Map<String, Multilingual>> labels() {
        Map<String, Map<String, Multilingual>> labels = new LinkedHashMap<>();
        Map<String, Multilingual> types = new LinkedHashMap<>();
        SearchRequest.TYPES.forEach(type -> types.put(type, Multilingual.message(messages, "search.type." + type)));
        labels.put("type", types);
        labels.put("theme", themes.titles());
        Map<String, Multilingual> groups = new LinkedHashMap<>();
        practices.groups().forEach(g -> groups.put(g.slug(), g.title()));
        labels.put("group", groups);
        Map<String, Multilingual> countries = new LinkedHashMap<>();
        reference.countryPlaces().forEach((code, place) -> countries.put(code, place.name()));
        labels.put("country", countries);
        Map<String, Multilingual> instrumentTypes = new LinkedHashMap<>();
        for (InstrumentType type : InstrumentType.values()) {
            instrumentTypes.put(type.code(), Multilingual.message(messages, "instrument.type." + type.code()));
        }
        labels.put("instrumentType", instrumentTypes);
        labels.put("body", instruments.bodies());
        return labels;
    }
}
