package org.rt2kb.curation;

import java.security.Principal;
import org.rt2kb.entry.Entry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What editors do with a correction a reader suggested: mark it resolved once the entry is corrected, or dismiss it.
 * Either way it leaves the queue; the editor comes back to the dashboard or to the entry they acted from.
 */
@Controller
@RequestMapping("/admin/corrections/{id}")
class CorrectionAdminController {

    /** The value of the {@code back} field that brings the editor back to the entry's form. */
    static final String BACK_TO_ENTRY = "entry";

    private final EntryCorrections corrections;
    private final Curation curation;

    CorrectionAdminController(EntryCorrections corrections, Curation curation) {
        this.corrections = corrections;
        this.curation = curation;
    }

    @PostMapping("/close")
    String close(
            @PathVariable long id,
            @RequestParam EntryCorrections.Outcome as,
            @RequestParam(required = false) String back,
            Principal user,
            RedirectAttributes redirect) {
        long entryId = corrections.entryOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (corrections.close(id, as, user.getName())) {
            redirect.addFlashAttribute("done", "admin.flash.correction." + as.code());
        } else {
            redirect.addFlashAttribute("problem", "admin.flash.correction-closed");
        }
        if (BACK_TO_ENTRY.equals(back)) {
            Entry entry = curation.entry(entryId);
            return "redirect:" + EntryPanel.adminHref(entry.getType(), entryId);
        }
        return "redirect:/admin";
    }
}
