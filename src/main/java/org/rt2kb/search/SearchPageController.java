package org.rt2kb.search;

import java.util.Locale;
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
        model.addAttribute("search", page.search(params, locale));
        return "search/search";
    }
}
