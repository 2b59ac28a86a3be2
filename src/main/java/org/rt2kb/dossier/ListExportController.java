package org.rt2kb.dossier;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.instrument.InstrumentListing;
import org.rt2kb.practice.PracticeListing;
import org.rt2kb.search.SearchPage;
import org.rt2kb.shared.InvalidParameterException;
import org.rt2kb.web.SiteOrigin;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list page or a search, as it stands with its filters, exported as a dossier would be: {@code
 * /export/practices.docx?theme=health}, {@code /export/search.pdf?q=…}. (The lists' CSV is the catalogue's own,
 * in {@code transfer}.) A list longer than a dossier may be is refused with the reason, to be narrowed first.
 */
@RestController
class ListExportController {

    private final PracticeListing practices;
    private final InstrumentListing instruments;
    private final SearchPage search;
    private final DossierContents contents;
    private final Exports exports;
    private final JdbcClient jdbc;
    private final Clock clock;

    ListExportController(
            PracticeListing practices,
            InstrumentListing instruments,
            SearchPage search,
            DossierContents contents,
            Exports exports,
            JdbcClient jdbc,
            Clock clock) {
        this.practices = practices;
        this.instruments = instruments;
        this.search = search;
        this.contents = contents;
        this.exports = exports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/export/{list:practices|instruments|search}.{format:docx|pdf|ris|csl|bib|json|csv}")
    ResponseEntity<byte[]> export(
            @PathVariable String list,
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String lang,
            Locale locale,
            HttpServletRequest request) {
        List<String> items = switch (list) {
            case "practices" -> entries("practice", withinLimit(practices.chosen(params)));
            case "instruments" -> entries("instrument", withinLimit(instruments.chosen(params)));
            default -> withinLimit(search.entries(params, locale, Dossier.MAX_ITEMS + 1));
        };
        List<DossierItem> kept = new ArrayList<>();
        items.forEach(item -> kept.add(DossierItem.parse("list", item)));
        String origin = SiteOrigin.of(request);
        String page = origin + pageOf(list, params);
        DossierExport export = new DossierExport(
                contents.read(new Dossier(kept, Map.of(), Grouping.NONE)),
                ExportLanguage.of(lang, locale),
                clock.instant(),
                page,
                page,
                origin);
        return exports.download(list, ExportFormat.of(format), export);
    }

    private static <T> List<T> withinLimit(List<T> chosen) {
        if (chosen.size() > Dossier.MAX_ITEMS) {
            throw new InvalidParameterException(
                    "list", String.valueOf(chosen.size()), "error.param.export-size", Dossier.MAX_ITEMS);
        }
        return chosen;
    }

    /** The ids' entries, in their order, written {@code type:slug}. */
    private List<String> entries(String type, List<Long> ids) {
        List<String> slugs = jdbc.sql("""
                        select e.slug from unnest(cast(:ids as bigint[])) with ordinality as chosen (id, place)
                        join entry e on e.id = chosen.id order by chosen.place""")
                .param("ids", ids.toArray(Long[]::new))
                .query(String.class)
                .list();
        return slugs.stream().map(slug -> type + ":" + slug).toList();
    }

    /** The page the list was exported from: its address with its filters, less the export's own parameters. */
    private static String pageOf(String list, MultiValueMap<String, String> params) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        filters.remove("lang");
        filters.remove("page");
        return UriComponentsBuilder.fromPath("/" + list)
                .queryParams(filters)
                .encode()
                .build()
                .toUriString();
    }
}
