package org.rt2kb.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rt2kb.shared.Filters;
import org.rt2kb.shared.InvalidParameterException;
import org.rt2kb.shared.Languages;
import org.rt2kb.shared.Paging;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON search over the whole catalogue, and suggestions as one types. */
@RestController
class SearchApiController {

    private static final List<String> SORTS = List.of("relevance", "year");
    private static final int DEFAULT_SIZE = 20;

    private final KnowledgeSearch search;
    private final Suggestions suggestions;

    SearchApiController(KnowledgeSearch search, Suggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    /** A hit as the API shows it: its title in the asked language and its snippet with {@code <mark>} tags. */
    record HitJson(
            String type,
            String slug,
            String target,
            String url,
            String title,
            String snippet,
            String snippetLang,
            float score,
            Integer year,
            String noteSnippet) {}

    record ResultJson(
            List<HitJson> hits,
            long total,
            int page,
            int size,
            Map<String, Map<String, Long>> facets,
            String suggestion,
            boolean approximate,
            List<String> concepts) {}

    @GetMapping("/api/search")
    ResultJson search(
            @RequestParam(required = false) String q,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            Locale locale) {
        Paging paging = Paging.of(page, size == null ? String.valueOf(DEFAULT_SIZE) : size);
        Locale language =
                lang == null ? locale : Locale.forLanguageTag(Filters.oneOf("lang", lang, () -> Languages.CODES));
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String name : SearchRequest.FILTERS) {
            Set<String> values = new LinkedHashSet<>(params.getOrDefault(name, List.of()));
            values.removeIf(String::isBlank);
            filters.put(name, values);
        }
        for (String type : filters.get("type")) {
            if (!SearchRequest.TYPES.contains(type)) {
                throw InvalidParameterException.unknownValue("type", type);
            }
        }
        SearchRequest request = new SearchRequest(
                q,
                filters,
                Filters.year("from", from),
                Filters.year("to", to),
                Filters.oneOf("sort", sort, () -> SORTS),
                paging.page(),
                paging.size());
        SearchResult result = search.search(request, language);
        List<HitJson> hits = result.hits().stream()
                .map(hit -> new HitJson(
                        hit.type(),
                        hit.slug(),
                        hit.target(),
                        hit.href(),
                        hit.title().text(language),
                        hit.snippet(),
                        hit.snippetLang(),
                        hit.score(),
                        hit.year(),
                        hit.note() == null ? null : hit.note().snippet()))
                .toList();
        return new ResultJson(
                hits,
                result.total(),
                paging.page(),
                paging.size(),
                result.facets(),
                result.suggestion(),
                result.approximate(),
                result.expandedConcepts());
    }

    @GetMapping("/api/suggest")
    List<Suggestions.Suggestion> suggest(
            @RequestParam(required = false) String q,
            @RequestParam(name = "type", required = false) List<String> type,
            Locale locale) {
        Set<String> types = new LinkedHashSet<>(type == null ? List.of() : type);
        types.removeIf(String::isBlank);
        for (String kind : types) {
            if (!Suggestions.TYPES.contains(kind)) {
                throw InvalidParameterException.unknownValue("type", kind);
            }
        }
        return suggestions.suggest(q, types, locale);
    }
}
