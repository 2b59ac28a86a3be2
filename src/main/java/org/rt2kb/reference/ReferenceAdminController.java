package org.rt2kb.reference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.form.FormRecovery;
import org.rt2kb.shared.form.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's pages for the reference lists: countries, regions, GCM objectives and SDG targets. */
@Controller
@RequestMapping("/admin/reference")
class ReferenceAdminController {

    private static final String FORM = "admin/reference/form";

    private final ReferenceEditing editing;
    private final ReferenceData reference;
    private final FormRecovery recovery;

    ReferenceAdminController(ReferenceEditing editing, ReferenceData reference, FormRecovery recovery) {
        this.editing = editing;
        this.reference = reference;
        this.recovery = recovery;
    }

    @ModelAttribute("lists")
    ReferenceList[] lists() {
        return ReferenceList.values();
    }

    @GetMapping
    String index() {
        return "admin/reference/index";
    }

    @GetMapping("/{list}")
    String list(@PathVariable String list, Model model) {
        ReferenceList shown = list(list);
        model.addAttribute("list", shown);
        model.addAttribute("items", editing.items(shown));
        return "admin/reference/list";
    }

    @GetMapping("/{list}/new")
    String create(@PathVariable String list, Model model) {
        ReferenceList shown = extensible(list);
        model.addAttribute("form", ReferenceItemForm.blank());
        return form(shown, null, model);
    }

    @PostMapping("/{list}/new")
    String create(
            @PathVariable String list,
            @Valid @ModelAttribute("form") ReferenceItemForm bound,
            BindingResult bindingErrors,
            Principal user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ReferenceList shown = extensible(list);
        var checked = recovery.recover(bound, ReferenceItemForm.class, bindingErrors, request, model);
        editing.check(shown, true, checked.form(), checked.errors());
        if (checked.refused(response)) {
            return form(shown, null, model);
        }
        editing.create(shown, checked.form(), user.getName());
        redirect.addFlashAttribute("done", "admin.flash.saved");
        return "redirect:/admin/reference/" + list;
    }

    @GetMapping("/{list}/{code}")
    String edit(@PathVariable String list, @PathVariable String code, Model model) {
        ReferenceList shown = list(list);
        model.addAttribute(
                "form", editing.form(shown, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return form(shown, code, model);
    }

    @PostMapping("/{list}/{code}")
    String edit(
            @PathVariable String list,
            @PathVariable String code,
            @Valid @ModelAttribute("form") ReferenceItemForm bound,
            BindingResult bindingErrors,
            Principal user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ReferenceList shown = list(list);
        var checked = recovery.recover(bound, ReferenceItemForm.class, bindingErrors, request, model);
        editing.check(shown, false, checked.form(), checked.errors());
        if (checked.refused(response)) {
            return form(shown, code, model);
        }
        try {
            editing.update(shown, code, checked.form(), user.getName());
            redirect.addFlashAttribute("done", "admin.flash.saved");
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("problem", "admin.flash.stale");
            return "redirect:/admin/reference/" + list + "/" + code;
        }
        return "redirect:/admin/reference/" + list;
    }

    private String form(ReferenceList list, String code, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("code", code);
        model.addAttribute("regions", reference.regionPlaces());
        return FORM;
    }

    private static ReferenceList list(String code) {
        return Coded.fromCode(ReferenceList.class, code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ReferenceList extensible(String code) {
        ReferenceList list = list(code);
        if (!list.isExtensible()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return list;
    }
}
