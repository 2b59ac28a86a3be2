package org.rt2kb.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.web.SchemaOrg;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The instruments: the faceted list or table, and one page per instrument. */
@Controller
@RequestMapping("/instruments")
class InstrumentPageController {

    /** The instrument whose objectives are the reference list of GCM objectives: its page lists them. */
    static final String GLOBAL_COMPACT = "gcm";

    private final InstrumentListing listing;
    private final InstrumentService instruments;
    private final ReferenceData reference;
    private final InstrumentCitation citations;

    InstrumentPageController(
            InstrumentListing listing,
            InstrumentService instruments,
            ReferenceData reference,
            InstrumentCitation citations) {
        this.listing = listing;
        this.instruments = instruments;
        this.reference = reference;
        this.citations = citations;
    }

    @GetMapping
    String list(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
        InstrumentListing.InstrumentList list = listing.list(params, locale);
        model.addAttribute("list", list);
        model.addAttribute(ListState.MODEL_ATTRIBUTE, list.page().state());
        model.addAttribute("feed", "/feeds/changes.atom?type=instrument");
        return "instrument/list";
    }

    @GetMapping("/{slug}")
    String instrument(@PathVariable String slug, Locale locale, Model model) {
        InstrumentJson.Detail detail = instruments.detail(slug);
        SourceDocument source = reference.source(detail.instrument().source());
        model.addAttribute("detail", detail);
        model.addAttribute("i", detail.instrument());
        model.addAttribute("record", detail.instrument().officialRecord());
        model.addAttribute("issuer", reference.issuer(detail.instrument().body()));
        model.addAttribute("principleTitles", reference.gcmPrincipleTitles());
        model.addAttribute("citation", citations.of(detail.instrument(), locale));
        model.addAttribute("citing", ofType(detail, "theme"));
        model.addAttribute("practices", ofType(detail, "practice"));
        model.addAttribute("practicesTotal", instruments.practicesLinked(slug));
        model.addAttribute("others", ofType(detail, "instrument"));
        if (GLOBAL_COMPACT.equals(slug)) {
            Map<String, Multilingual> objectives = reference.gcmObjectiveTitles();
            model.addAttribute("objectives", objectives);
            model.addAttribute("principles", reference.gcmPrincipleTitles());
            model.addAttribute(
                    "objectivePractices", instruments.practicesPerObjective(List.copyOf(objectives.keySet())));
        }
        model.addAttribute("source", source);
        model.addAttribute("jsonLd", SchemaOrg.json(jsonLd(detail.instrument(), source, locale)));
        return "instrument/detail";
    }

    private static List<LinkView> ofType(InstrumentJson.Detail detail, String type) {
        return detail.links().stream().filter(link -> type.equals(link.type())).toList();
    }

    private static Map<String, Object> jsonLd(InstrumentJson.Summary i, SourceDocument source, Locale locale) {
        String type = switch (i.type()) {
            case "treaty", "protocol", "ilo-convention" -> "Legislation";
            case "report" -> "Report";
            default -> "CreativeWork";
        };
        Map<String, Object> description = SchemaOrg.thing(type, i.title().text(locale), "/instruments/" + i.slug());
        description.put("identifier", i.code() == null ? i.slug() : i.code());
        if ("Legislation".equals(type) && i.code() != null) {
            description.put("legislationIdentifier", i.code());
        }
        if (i.year() != null) {
            description.put("Legislation".equals(type) ? "legislationDate" : "datePublished", String.valueOf(i.year()));
        }
        description.put("author", Map.of("@type", "Organization", "name", i.body()));
        description.put("sameAs", i.links());
        if (source != null) {
            description.put("subjectOf", SchemaOrg.report(source));
        }
        return description;
    }
}
