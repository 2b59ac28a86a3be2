package org.rt2kb.instrument;

import org.rt2kb.curation.EntryFormController;
import org.rt2kb.curation.EntryForms;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The secretariat's forms for instruments: a new one (a draft) and the edit form of any instrument. */
@Controller
@RequestMapping(InstrumentAdminController.PATH)
class InstrumentAdminController extends EntryFormController<InstrumentForm> {

    static final String PATH = "/admin/instruments";

    private final InstrumentEditor editor;

    InstrumentAdminController(InstrumentEditor editor, EntryForms forms) {
        super(editor, forms, "admin/instrument/form", PATH);
        this.editor = editor;
    }

    @ModelAttribute("choices")
    InstrumentEditor.Choices choices() {
        return editor.choices();
    }

    @Override
    protected InstrumentForm blank() {
        return InstrumentForm.blank();
    }
}
