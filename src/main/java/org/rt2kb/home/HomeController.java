package org.rt2kb.home;

import org.rt2kb.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the page about the knowledge base and its source. */
@Controller
class HomeController {

    private final HomePage home;
    private final ReferenceData reference;

    HomeController(HomePage home, ReferenceData reference) {
        this.home = home;
        this.reference = reference;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("counts", home.counts());
        model.addAttribute("map", home.map());
        model.addAttribute("labels", home.labels());
        model.addAttribute("byTheme", home.practicesByTheme());
        model.addAttribute("changes", home.recentChanges());
        model.addAttribute("sources", reference.sources());
        return "home";
    }

    @GetMapping("/about")
    String about(Model model) {
        model.addAttribute("sources", reference.sources());
        return "about";
    }
}
