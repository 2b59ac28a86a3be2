package org.rt2kb.theme;

import org.rt2kb.shared.ApiPage;
import org.rt2kb.shared.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON read API for themes. */
@RestController
@RequestMapping("/api/themes")
class ThemeApiController {

    private final ThemeService themes;

    ThemeApiController(ThemeService themes) {
        this.themes = themes;
    }

    @GetMapping
    ApiPage<ThemeJson.Summary> list(
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return themes.list(Paging.of(page, size));
    }

    @GetMapping("/{slug}")
    ThemeJson.Detail detail(@PathVariable String slug) {
        return themes.detail(slug);
    }
}
