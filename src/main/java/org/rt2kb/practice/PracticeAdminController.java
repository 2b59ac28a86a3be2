package org.rt2kb.practice;

import org.rt2kb.curation.EntryFormController;
import org.rt2kb.curation.EntryForms;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The secretariat's forms for practices: a new one (a draft) and the edit form of any practice. */
@Controller
@RequestMapping(PracticeAdminController.PATH)
class PracticeAdminController extends EntryFormController<PracticeForm> {

    static final String PATH = "/admin/practices";

    private final PracticeEditor editor;

    PracticeAdminController(PracticeEditor editor, EntryForms forms) {
        super(editor, forms, "admin/practice/form", PATH);
        this.editor = editor;
    }

    @ModelAttribute("choices")
    PracticeEditor.Choices choices() {
        return editor.choices();
    }

    @Override
    protected PracticeForm blank() {
        return PracticeForm.blank();
    }
}
