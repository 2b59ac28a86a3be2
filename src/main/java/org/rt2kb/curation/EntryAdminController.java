package org.rt2kb.curation;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.shared.form.FieldChange;
import org.rt2kb.shared.form.StaleEditException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What editors do to any entry besides editing its form: move it along the workflow, record a verification, read
 * its history, see what changed since it was published, and restore an earlier version; and, for administrators,
 * purge an archived entry.
 */
@Controller
@RequestMapping("/admin/entries/{id}")
class EntryAdminController {

    private final Curation curation;
    private final EntryHistory history;
    private final ValueLabels labels;
    private final ReviewChanges review;

    EntryAdminController(Curation curation, EntryHistory history, ValueLabels labels, ReviewChanges review) {
        this.curation = curation;
        this.history = history;
        this.labels = labels;
        this.review = review;
    }

    @PostMapping("/status")
    String move(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam EntryStatus to,
            Principal user,
            RedirectAttributes redirect) {
        Entry entry = curation.entry(id);
        if (!entry.getStatus().canMoveTo(to)) {
            redirect.addFlashAttribute("problem", "admin.flash.move-refused");
            return redirectTo(entry);
        }
        return act(
                entry,
                redirect,
                "admin.flash.moved." + to.code(),
                () -> curation.move(id, version, to, user.getName()));
    }

    @PostMapping("/verify")
    String verify(@PathVariable long id, @RequestParam int version, Principal user, RedirectAttributes redirect) {
        return act(
                curation.entry(id),
                redirect,
                "admin.flash.verified",
                () -> curation.verify(id, version, user.getName()));
    }

    @GetMapping("/history")
    String history(
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Locale locale,
            Model model) {
        EntryPanel panel = curation.panel(id);
        var revisions = history.of(id);
        model.addAttribute("entry", panel);
        model.addAttribute("revisions", revisions);
        if (!revisions.isEmpty()) { // the latest change, or the two versions asked for
            Revision newer = to == null ? revisions.get(0) : pick(revisions, to);
            Revision older = from == null ? previous(revisions, newer) : pick(revisions, from);
            if (older != null && newer != null) {
                model.addAttribute("older", older);
                model.addAttribute("newer", newer);
                model.addAttribute(
                        "changes", labels.named(FieldChange.between(older.fields(), newer.fields()), locale));
            }
        }
        return "admin/history/entry";
    }

    /** What changed since the entry was last published, for whoever reviews it; all its fields when it is new. */
    @GetMapping("/review")
    String review(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("entry", curation.panel(id));
        model.addAttribute("review", review.of(id, locale));
        return "admin/history/review";
    }

    @PostMapping("/history/{number}/restore")
    String restore(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam int version,
            Principal user,
            RedirectAttributes redirect) {
        return act(
                curation.entry(id),
                redirect,
                "admin.flash.reverted",
                () -> curation.revert(id, number, version, user.getName()));
    }

    @GetMapping("/purge")
    String confirmPurge(@PathVariable long id, Model model) {
        model.addAttribute("entry", curation.panel(id));
        return "admin/history/purge";
    }

    @PostMapping("/purge")
    String purge(@PathVariable long id, @RequestParam int version, Principal user, RedirectAttributes redirect) {
        Entry entry = curation.entry(id);
        if (entry.getStatus() != EntryStatus.ARCHIVED) {
            redirect.addFlashAttribute("problem", "admin.flash.purge-refused");
            return redirectTo(entry);
        }
        try {
            curation.purge(id, version, user.getName());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("problem", "admin.flash.stale");
            return redirectTo(entry);
        }
        redirect.addFlashAttribute("done", "admin.flash.purged");
        return "redirect:/admin/history"; // the entry's own page is gone
    }

    /** Does the change, or tells the editor someone changed the entry first. */
    private String act(Entry entry, RedirectAttributes redirect, String message, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", message);
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("problem", "admin.flash.stale");
        }
        return redirectTo(entry);
    }

    private static String redirectTo(Entry entry) {
        return "redirect:" + EntryPanel.adminHref(entry.getType(), entry.getId());
    }

    private static Revision pick(List<Revision> revisions, int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst().orElse(null);
    }

    private static Revision previous(List<Revision> revisions, Revision newer) {
        return newer == null ? null : pick(revisions, newer.number() - 1);
    }
}
