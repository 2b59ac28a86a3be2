package org.rt2kb.thesaurus;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The thesaurus: the tree of concepts and one page per concept. */
@Controller
class ConceptPageController {

    private final ConceptPages pages;

    ConceptPageController(ConceptPages pages) {
        this.pages = pages;
    }

    @GetMapping("/concepts")
    String concepts(Locale locale, Model model) {
        model.addAttribute("tree", pages.tree(locale));
        return "thesaurus/concepts";
    }

    @GetMapping("/concepts/{id}")
    String concept(@PathVariable String id, Locale locale, Model model) {
        model.addAttribute("page", pages.page(id, locale));
        return "thesaurus/concept";
    }
}
