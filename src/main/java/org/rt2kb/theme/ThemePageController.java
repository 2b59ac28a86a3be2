package org.rt2kb.theme;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The themes of the paper: their list and one page per theme. */
@Controller
@RequestMapping("/themes")
class ThemePageController {

    private final ThemePages pages;

    ThemePageController(ThemePages pages) {
        this.pages = pages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("overview", pages.overview());
        return "theme/list";
    }

    @GetMapping("/{slug}")
    String theme(@PathVariable String slug, Model model) {
        model.addAttribute("page", pages.page(slug));
        model.addAttribute("feed", "/feeds/changes.atom?theme=" + slug);
        return "theme/detail";
    }
}
