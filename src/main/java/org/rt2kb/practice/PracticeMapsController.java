package org.rt2kb.practice;

import java.util.Locale;
import org.rt2kb.theme.ThemePages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Practices by country, and where the compendium is thin: the country index and pages, and the coverage matrix. */
@Controller
class PracticeMapsController {

    private final PracticeMaps maps;
    private final ThemePages themes;

    PracticeMapsController(PracticeMaps maps, ThemePages themes) {
        this.maps = maps;
        this.themes = themes;
    }

    @GetMapping("/countries")
    String countries(Locale locale, Model model) {
        model.addAttribute("index", maps.countries(locale));
        return "practice/countries";
    }

    @GetMapping("/countries/{code}")
    String country(@PathVariable String code, Locale locale, Model model) {
        PracticeMaps.CountryPage page = maps.country(code, locale);
        if (page == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", page);
        return "practice/country";
    }

    @GetMapping("/coverage")
    String coverage(Locale locale, Model model) {
        model.addAttribute("coverage", maps.coverage(locale));
        model.addAttribute("gaps", themes.gaps());
        return "practice/coverage";
    }
}
