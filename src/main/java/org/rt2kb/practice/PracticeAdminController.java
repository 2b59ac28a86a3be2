package org.rt2kb.practice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.rt2kb.curation.Curation;
import org.rt2kb.curation.EditConflicts;
import org.rt2kb.curation.FormRecovery;
import org.rt2kb.curation.StaleEditException;
import org.rt2kb.shared.Entry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's forms for practices: a new one (a draft) and the edit form of any practice. */
@Controller
@RequestMapping("/admin/practices")
class PracticeAdminController {

    private static final String FORM = "admin/practice/form";

    private final PracticeEditor editor;
    private final Curation curation;
    private final EditConflicts conflicts;
    private final FormRecovery recovery;
    private final PracticeSuggestions suggestions;

    PracticeAdminController(PracticeEditor editor, Curation curation, EditConflicts conflicts,
            FormRecovery recovery, PracticeSuggestions suggestions) {
        this.editor = editor;
        this.curation = curation;
        this.conflicts = conflicts;
        this.recovery = recovery;
        this.suggestions = suggestions;
    }

    @ModelAttribute("choices")
    PracticeEditor.Choices choices() {
        return editor.choices();
    }

    /** Who suggested the practice through the public form, if anyone: shown beside its form. */
    @ModelAttribute("suggestion")
    PracticeSuggestions.Suggester suggestion(@PathVariable(required = false) Long id) {
        return id == null ? null : suggestions.of(id).orElse(null);
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", PracticeForm.blank());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") PracticeForm bound, BindingResult errors, Principal user,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var checked = recovery.recover(bound, PracticeForm.class, errors, request, model);
        PracticeForm form = checked.form();
        editor.check(null, form, checked.errors());
        if (checked.errors().hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return FORM;
        }
        Entry practice = curation.create(editor, form, user.getName());
        redirect.addFlashAttribute("done", "admin.flash.created");
        return "redirect:/admin/practices/" + practice.getId();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var editing = curation.editing(editor, id);
        model.addAttribute("form", editing.form());
        model.addAttribute("entry", editing.panel());
        return FORM;
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") PracticeForm bound, BindingResult errors,
            Principal user, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        var checked = recovery.recover(bound, PracticeForm.class, errors, request, model);
        PracticeForm form = checked.form();
        editor.check(id, form, checked.errors());
        if (checked.errors().hasErrors()) {
            model.addAttribute("entry", curation.editing(editor, id).panel());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return FORM;
        }
        try {
            curation.update(editor, id, form, user.getName());
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            conflicts.show(model, editor, id, form);
            response.setStatus(HttpStatus.CONFLICT.value());
            return FORM;
        }
        redirect.addFlashAttribute("done", "admin.flash.saved");
        return "redirect:/admin/practices/" + id;
    }
}
