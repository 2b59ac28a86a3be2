package org.rt2kb.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.rt2kb.entry.Entry;
import org.rt2kb.shared.form.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The four steps every entry form has, for one type of entry: a blank form, creating a draft, the edit form, and
 * saving it. Bad values come back at their fields with status 422; a stale form gets the conflict view with 409.
 * Each type's controller gives its editor, its view and its address, and the lists its form offers.
 */
public abstract class EntryFormController<F extends EntryForm> {

    private final EntryEditor<F> editor;
    private final EntryForms forms;
    private final String view;
    private final String path;

    protected EntryFormController(EntryEditor<F> editor, EntryForms forms, String view, String path) {
        this.editor = editor;
        this.forms = forms;
        this.view = view;
        this.path = path;
    }

    /** The form of a new entry. */
    protected abstract F blank();

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", blank());
        return view;
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") F bound,
            BindingResult errors,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var checked = forms.recovery().recover(bound, editor.formType(), errors, request, model);
        editor.check(null, checked.form(), checked.errors());
        if (checked.refused(response)) {
            return view;
        }
        Entry entry = forms.curation().create(editor, checked.form(), user.getName());
        redirect.addFlashAttribute("done", "admin.flash.created");
        return "redirect:" + path + "/" + entry.getId();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var editing = forms.curation().editing(editor, id);
        model.addAttribute("form", editing.form());
        model.addAttribute("entry", editing.panel());
        return view;
    }

    @PostMapping("/{id}")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F bound,
            BindingResult errors,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var checked = forms.recovery().recover(bound, editor.formType(), errors, request, model);
        editor.check(id, checked.form(), checked.errors());
        if (checked.refused(response)) {
            model.addAttribute("entry", forms.curation().editing(editor, id).panel());
            return view;
        }
        try {
            forms.curation().update(editor, id, checked.form(), user.getName());
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            forms.conflicts().show(model, editor, id, checked.form());
            response.setStatus(HttpStatus.CONFLICT.value());
            return view;
        }
        redirect.addFlashAttribute("done", "admin.flash.saved");
        return "redirect:" + path + "/" + id;
    }
}
