package org.rt2kb.practice;

import java.util.List;
import java.util.Locale;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.shared.ApiPage;
import org.rt2kb.shared.Filters;
import org.rt2kb.shared.Paging;
import org.rt2kb.theme.ThemeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON read API for practices and their compendium groups. */
@RestController
class PracticeApiController {

    private final PracticeService practices;
    private final ThemeService themes;
    private final ReferenceData reference;

    PracticeApiController(PracticeService practices, ThemeService themes, ReferenceData reference) {
        this.practices = practices;
        this.themes = themes;
        this.reference = reference;
    }

    @GetMapping("/api/practices")
    ApiPage<PracticeJson.Summary> list(
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String after) {
        Paging paging = Paging.of(page, size, after);
        var filter = new PracticeFilter(
                Filters.oneOf("theme", theme, themes::publishedSlugs),
                Filters.oneOf("group", group, practices::groupSlugs),
                Filters.oneOf(
                        "country",
                        country == null ? null : country.toUpperCase(Locale.ROOT),
                        () -> reference.countries().keySet()),
                Filters.year("year", year));
        return practices.list(filter, paging);
    }

    @GetMapping("/api/practices/{slug}")
    PracticeJson.Detail detail(@PathVariable String slug) {
        return practices.detail(slug);
    }

    @GetMapping("/api/practice-groups")
    List<PracticeJson.Group> groups() {
        return practices.groups();
    }
}
