package org.rt2kb.curation;

import java.util.List;
import org.rt2kb.shared.form.FieldChange;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page a stale form gets: the entry as someone else saved it and the editor's own values side by side, and the
 * form again with the editor's values over the new version, so saving them once more is a deliberate choice.
 */
@Component
public class EditConflicts {

    private final Curation curation;
    private final EntryHistory history;

    EditConflicts(Curation curation, EntryHistory history) {
        this.curation = curation;
        this.history = history;
    }

    /** A field with the stored value and the editor's, and whether they differ. */
    public record Difference(String field, String theirs, String yours, boolean differs) {}

    public <F extends EntryForm> void show(Model model, EntryEditor<F> editor, long id, F yours) {
        Curation.Editing<F> stored = curation.editing(editor, id);
        List<Difference> differences =
                FieldChange.sideBySide(history.fieldsOf(stored.form()), history.fieldsOf(yours)).stream()
                        .map(c -> new Difference(c.field(), c.before(), c.after(), c.changed()))
                        .toList();
        model.addAttribute("conflict", differences);
        model.addAttribute(
                "form",
                history.formOf(
                        history.fieldsOf(yours),
                        editor.formType(),
                        stored.panel().version()));
        model.addAttribute("entry", stored.panel());
    }
}
