package org.rt2kb.framework;

import java.util.Map;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.shared.Multilingual;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page per GCM objective, GCM guiding principle and SDG target: the theme sections, instruments and practices tagged
 * with it.
 */
@Controller
class FrameworkPageController {

    private final ReferenceData reference;
    private final TaggedEntries entries;

    FrameworkPageController(ReferenceData reference, TaggedEntries entries) {
        this.reference = reference;
        this.entries = entries;
    }

    @GetMapping("/gcm/objectives/{number}")
    String objective(@PathVariable int number, Model model) {
        return page(Framework.GCM, reference.gcmObjectiveTitles(), String.valueOf(number), number, model);
    }

    @GetMapping("/gcm/principles/{slug}")
    String principle(@PathVariable String slug, Model model) {
        return page(Framework.PRINCIPLE, reference.gcmPrincipleTitles(), slug, slug, model);
    }

    @GetMapping("/sdg/targets/{code}")
    String target(@PathVariable String code, Model model) {
        return page(Framework.SDG, reference.sdgTargetTitles(), code, code, model);
    }

    private String page(Framework framework, Map<String, Multilingual> titles, String key, Object tag, Model model) {
        Multilingual title = titles.get(key);
        if (title == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("framework", framework.name);
        model.addAttribute("facet", framework.facet);
        model.addAttribute("tag", key);
        model.addAttribute("tagTitle", title);
        model.addAttribute("tagged", entries.taggedWith(framework, tag));
        return "framework/tagged";
    }
}
