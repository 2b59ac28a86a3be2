package org.rt2kb.practice;

import java.util.Locale;
import org.rt2kb.curation.EntryFormController;
import org.rt2kb.curation.EntryForms;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The secretariat's forms for practices: a new one (a draft) and the edit form of any practice. */
@Controller
@RequestMapping(PracticeAdminController.PATH)
class PracticeAdminController extends EntryFormController<PracticeForm> {

    static final String PATH = "/admin/practices";

    private final PracticeEditor editor;
    private final PracticeSuggestions suggestions;

    PracticeAdminController(PracticeEditor editor, EntryForms forms, PracticeSuggestions suggestions) {
        super(editor, forms, "admin/practice/form", PATH);
        this.editor = editor;
        this.suggestions = suggestions;
    }

    @ModelAttribute("choices")
    PracticeEditor.Choices choices(Locale locale) {
        return editor.choices(locale);
    }

    /** Who suggested the practice through the public form, if anyone: shown beside its form. */
    @ModelAttribute("suggestion")
    PracticeSuggestions.Suggester suggestion(@PathVariable(required = false) Long id) {
        return id == null ? null : suggestions.of(id).orElse(null);
    }

    @Override
    protected PracticeForm blank() {
        return PracticeForm.blank();
    }
}
