package org.rt2kb.practice;

import java.util.Locale;
import java.util.Map;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.theme.ThemeService;
import org.rt2kb.web.SchemaOrg;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The practices: the faceted list and one page per practice. */
@Controller
@RequestMapping("/practices")
class PracticePageController {

    private final PracticeListing listing;
    private final PracticeService practices;
    private final PracticeDescription description;
    private final ThemeService themes;
    private final ReferenceData reference;

    PracticePageController(
            PracticeListing listing,
            PracticeService practices,
            PracticeDescription description,
            ThemeService themes,
            ReferenceData reference) {
        this.listing = listing;
        this.practices = practices;
        this.description = description;
        this.themes = themes;
        this.reference = reference;
    }

    @GetMapping
    String list(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
        PracticeListing.PracticeList list = listing.list("/practices", params, locale);
        model.addAttribute("list", list);
        model.addAttribute(ListState.MODEL_ATTRIBUTE, list.page().state());
        model.addAttribute("feed", "/feeds/changes.atom?type=practice");
        return "practice/list";
    }

    @GetMapping("/{slug}")
    String practice(@PathVariable String slug, Locale locale, Model model) {
        PracticeJson.Detail detail = practices.detail(slug);
        model.addAttribute("detail", detail);
        model.addAttribute("p", detail.practice());
        SourceDocument source = description.source(detail.practice());
        model.addAttribute("source", source);
        Map<String, Multilingual> themeTitles = themes.titles();
        model.addAttribute("themeTitles", themeTitles);
        model.addAttribute("gcmTitles", reference.gcmObjectiveTitles());
        model.addAttribute("principleTitles", reference.gcmPrincipleTitles());
        model.addAttribute("sdgTitles", reference.sdgTargetTitles());
        model.addAttribute(
                "jsonLd", SchemaOrg.json(description.jsonLd(detail.practice(), source, themeTitles, locale)));
        return "practice/detail";
    }
}
