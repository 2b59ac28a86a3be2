package org.rt2kb.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.AnnotationKind;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.annotation.Visibility;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
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

/** Links between entries and the secretariat's notes, edited from an entry's form page. */
@Controller
@RequestMapping("/admin")
class LinkAndNoteAdminController {

    private static final String NOTE_FORM = "admin/note/form";
    private static final String LINK_FORM = "admin/link/form";

    private final LinkAndNoteEditing editing;
    private final Curation curation;
    private final FormRecovery recovery;
    private final EntryLists lists;

    LinkAndNoteAdminController(LinkAndNoteEditing editing, Curation curation, FormRecovery recovery, EntryLists lists) {
        this.editing = editing;
        this.curation = curation;
        this.recovery = recovery;
        this.lists = lists;
    }

    @ModelAttribute("noteKinds")
    AnnotationKind[] noteKinds() {
        return AnnotationKind.values();
    }

    @ModelAttribute("visibilities")
    Visibility[] visibilities() {
        return Visibility.values();
    }

    @GetMapping("/entries/{id}/links/new")
    String newLink(@PathVariable long id, Model model) {
        EntryPanel entry = curation.panel(id);
        model.addAttribute("form", LinkForm.blank(entry.version()));
        return linkForm(entry, model);
    }

    @PostMapping("/entries/{id}/links")
    String link(
            @PathVariable long id,
            @Valid @ModelAttribute("form") LinkForm bound,
            BindingResult errors,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var checked = recovery.recover(bound, LinkForm.class, errors, request, model);
        LinkForm form = checked.form();
        if (!checked.errors().hasErrors()) {
            try {
                editing.link(id, form.version(), form.target(), form.relation(), form.note(), user.getName());
                redirect.addFlashAttribute("done", "admin.flash.linked");
                return backTo(curation.entry(id));
            } catch (StaleEditException e) {
                redirect.addFlashAttribute("problem", "admin.flash.stale");
                return backTo(curation.entry(id));
            } catch (LinkRefusedException e) {
                checked.errors().rejectValue(e.field(), e.code(), e.arguments(), null);
            }
        }
        checked.refused(response);
        return linkForm(curation.panel(id), model);
    }

    /** The link form offers only the relations this entry's type may start, and entries they may lead to. */
    private String linkForm(EntryPanel entry, Model model) {
        List<LinkRelation> relations = LinkRelation.startingFrom(entry.type());
        Set<EntryType> types = relations.stream()
                .flatMap(r -> r.targetsFrom(entry.type()).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryType.class)));
        String itself = entry.type().code() + ":" + entry.slug();
        model.addAttribute("entry", entry);
        model.addAttribute("relations", relations);
        model.addAttribute(
                "targets",
                lists.linkTargets(types).stream()
                        .filter(t -> !t.value().equals(itself))
                        .toList());
        return LINK_FORM;
    }

    @PostMapping("/entries/{id}/links/{linkId}/remove")
    String unlink(
            @PathVariable long id,
            @PathVariable long linkId,
            @RequestParam int version,
            Principal user,
            RedirectAttributes redirect) {
        Entry entry = curation.entry(id);
        try {
            editing.unlink(id, version, linkId, user.getName());
            redirect.addFlashAttribute("done", "admin.flash.unlinked");
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("problem", "admin.flash.stale");
        }
        return backTo(entry);
    }

    @GetMapping("/entries/{id}/notes/new")
    String newNote(@PathVariable long id, Model model) {
        model.addAttribute("entry", curation.panel(id));
        model.addAttribute("form", NoteForm.blank());
        return NOTE_FORM;
    }

    @PostMapping("/entries/{id}/notes/new")
    String addNote(
            @PathVariable long id,
            @Valid @ModelAttribute("form") NoteForm bound,
            BindingResult errors,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var checked = recovery.recover(bound, NoteForm.class, errors, request, model);
        NoteForm form = checked.form();
        if (invalid(checked, response)) {
            model.addAttribute("entry", curation.panel(id));
            return NOTE_FORM;
        }
        editing.annotate(id, form, user.getName());
        redirect.addFlashAttribute("done", "admin.flash.noted");
        return backTo(curation.entry(id));
    }

    @GetMapping("/notes/{noteId}")
    String editNote(@PathVariable long noteId, Model model) {
        Annotation note = editing.note(noteId);
        model.addAttribute("entry", curation.panel(note.getEntry().getId()));
        model.addAttribute("note", noteId);
        model.addAttribute("form", NoteForm.of(note));
        return NOTE_FORM;
    }

    @PostMapping("/notes/{noteId}")
    String reviseNote(
            @PathVariable long noteId,
            @Valid @ModelAttribute("form") NoteForm bound,
            BindingResult errors,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        long entryId = editing.note(noteId).getEntry().getId();
        model.addAttribute("note", noteId);
        var checked = recovery.recover(bound, NoteForm.class, errors, request, model);
        NoteForm form = checked.form();
        if (invalid(checked, response)) {
            model.addAttribute("entry", curation.panel(entryId));
            return NOTE_FORM;
        }
        try {
            editing.revise(noteId, form, user.getName());
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "admin.flash.stale");
            return "redirect:/admin/notes/" + noteId;
        }
        redirect.addFlashAttribute("done", "admin.flash.noted");
        return backTo(curation.entry(entryId));
    }

    /** A note must say something in one language at least. */
    private static boolean invalid(FormRecovery.Bound<NoteForm> checked, HttpServletResponse response) {
        if (!checked.errors().hasErrors() && !checked.form().hasText()) {
            checked.errors().rejectValue("textEn", "form.error.note-text");
        }
        return checked.refused(response);
    }

    private static String backTo(Entry entry) {
        return "redirect:" + EntryPanel.adminHref(entry.getType(), entry.getId());
    }
}
