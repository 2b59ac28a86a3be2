package org.rt2kb.search;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page for the search index: its state, and a rebuild with its progress. */
@Controller
@RequestMapping("/admin/reindex")
class ReindexAdminController {

    private final IndexRebuild rebuild;

    ReindexAdminController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("progress", rebuild.progress());
        return "admin/search/reindex";
    }

    @PostMapping
    String start(Principal user, RedirectAttributes redirect) {
        if (rebuild.start(user.getName())) {
            redirect.addFlashAttribute("done", "reindex.started");
        } else {
            redirect.addFlashAttribute("problem", "reindex.already-running");
        }
        return "redirect:/admin/reindex";
    }

    /** The progress as JSON, which the page's script reads to move the bar. */
    @GetMapping("/progress")
    @ResponseBody
    IndexRebuild.Progress progress() {
        return rebuild.progress();
    }
}
