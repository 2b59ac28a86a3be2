package org.rt2kb.search;

import java.util.Locale;
import org.rt2kb.shared.facet.ListState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: any input gives results or a clear message. */
@Controller
class SearchPageController {

    private final SearchPage page;

    SearchPageController(SearchPage page) {
        this.page = page;
    }

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
        SearchPage.View search = page.search(params, locale);
        model.addAttribute("search", search);
        model.addAttribute(ListState.MODEL_ATTRIBUTE, search.state());
        return "search/search";
    }
}
