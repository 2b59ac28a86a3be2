package org.rt2kb.theme;

import org.rt2kb.curation.EntryFormController;
import org.rt2kb.curation.EntryForms;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The secretariat's forms for themes and the other sections of the paper. */
@Controller
@RequestMapping(ThemeAdminController.PATH)
class ThemeAdminController extends EntryFormController<ThemeForm> {

    static final String PATH = "/admin/themes";

    private final ThemeEditor editor;

    ThemeAdminController(ThemeEditor editor, EntryForms forms) {
        super(editor, forms, "admin/theme/form", PATH);
        this.editor = editor;
    }

    @ModelAttribute("choices")
    ThemeEditor.Choices choices() {
        return editor.choices();
    }

    @Override
    protected ThemeForm blank() {
        return ThemeForm.blank();
    }
}
