package org.rt2kb.curation;

import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.history.ListChanges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editors' overview: the dashboard, the review queue with the corrections readers suggested, lists of entries of
 * every status, recent changes.
 */
@Controller
@RequestMapping("/admin")
class DashboardController {

    private static final int RECENT = 50;

    private final EntryLists lists;
    private final EntryHistory history;
    private final ListChanges listChanges;
    private final EntryCorrections corrections;

    DashboardController(EntryLists lists, EntryHistory history, ListChanges listChanges, EntryCorrections corrections) {
        this.lists = lists;
        this.history = history;
        this.listChanges = listChanges;
        this.corrections = corrections;
    }

    @GetMapping
    String dashboard(Model model) {
        model.addAttribute("counts", lists.counts());
        model.addAttribute("statuses", EntryStatus.values());
        model.addAttribute("review", lists.find(null, EntryStatus.IN_REVIEW, null, 0));
        model.addAttribute("drafts", lists.find(null, EntryStatus.DRAFT, null, 0));
        model.addAttribute("corrections", corrections.open());
        model.addAttribute("openCorrections", corrections.countOpen());
        model.addAttribute("recent", history.recent(0, 10));
        return "admin/dashboard";
    }

    @GetMapping("/review")
    String review(@RequestParam(defaultValue = "0") int page, Model model) {
        return list(null, EntryStatus.IN_REVIEW, null, page, model);
    }

    /** The entries of one type: {@code /admin/practices}, {@code /admin/instruments}, {@code /admin/themes}. */
    @GetMapping("/{types:practices|instruments|themes}")
    String entries(
            @PathVariable String types,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        EntryType type = Coded.fromCode(EntryType.class, types.substring(0, types.length() - 1))
                .orElseThrow();
        EntryStatus wanted = status == null
                ? null
                : Coded.fromCode(EntryStatus.class, status).orElse(null);
        return list(type, wanted, q, page, model);
    }

    @GetMapping("/history")
    String recent(@RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, page);
        model.addAttribute("revisions", history.recent(shown * RECENT, RECENT));
        model.addAttribute("page", shown);
        model.addAttribute("more", history.count() > (long) (shown + 1) * RECENT);
        model.addAttribute("listChanges", shown == 0 ? listChanges.recent(RECENT) : java.util.List.of());
        return "admin/history/list";
    }

    private String list(EntryType type, EntryStatus status, String text, int page, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("q", text);
        model.addAttribute("statuses", EntryStatus.values());
        model.addAttribute("list", lists.find(type, status, text, Math.max(0, page)));
        return "admin/entries/list";
    }
}
