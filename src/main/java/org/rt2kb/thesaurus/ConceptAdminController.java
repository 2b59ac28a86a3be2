package org.rt2kb.thesaurus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.rt2kb.shared.form.Choice;
import org.rt2kb.shared.form.FormRecovery;
import org.rt2kb.shared.form.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's pages for the thesaurus: the list of concepts, a new concept, and the edit form of one. */
@Controller
@RequestMapping("/admin/concepts")
class ConceptAdminController {

    private static final String FORM = "admin/concept/form";

    private final ConceptEditing editing;
    private final FormRecovery recovery;

    ConceptAdminController(ConceptEditing editing, FormRecovery recovery) {
        this.editing = editing;
        this.recovery = recovery;
    }

    @ModelAttribute("broaderChoices")
    List<Choice> broaderChoices() {
        return editing.all().stream()
                .map(c -> new Choice(c.getId(), c.getLabel()))
                .toList();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("concepts", editing.all());
        return "admin/concept/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", ConceptForm.blank());
        return FORM;
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") ConceptForm bound,
            BindingResult errors,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var checked = recovery.recover(bound, ConceptForm.class, errors, request, model);
        editing.check(true, checked.form(), checked.errors());
        if (checked.refused(response)) {
            return FORM;
        }
        editing.create(checked.form(), user.getName());
        redirect.addFlashAttribute("done", "admin.flash.saved");
        return "redirect:/admin/concepts/" + checked.form().id();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        model.addAttribute("form", editing.form(id));
        model.addAttribute("conceptId", id);
        model.addAttribute("archived", editing.isArchived(id));
        return FORM;
    }

    @PostMapping("/{id}/archive")
    String archive(
            @PathVariable String id,
            @RequestParam int version,
            @RequestParam boolean archived,
            Principal user,
            RedirectAttributes redirect) {
        try {
            editing.archive(id, version, archived, user.getName());
            redirect.addFlashAttribute("done", archived ? "admin.concept.archived" : "admin.concept.restored");
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "admin.flash.stale");
        }
        return "redirect:/admin/concepts/" + id;
    }

    @PostMapping("/{id}")
    String edit(
            @PathVariable String id,
            @Valid @ModelAttribute("form") ConceptForm bound,
            BindingResult errors,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("conceptId", id);
        model.addAttribute("archived", editing.isArchived(id));
        var checked = recovery.recover(bound, ConceptForm.class, errors, request, model);
        editing.check(false, checked.form(), checked.errors());
        if (checked.refused(response)) {
            return FORM;
        }
        try {
            editing.update(id, checked.form(), user.getName());
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "admin.flash.stale");
            return "redirect:/admin/concepts/" + id;
        }
        redirect.addFlashAttribute("done", "admin.flash.saved");
        return "redirect:/admin/concepts/" + id;
    }
}
