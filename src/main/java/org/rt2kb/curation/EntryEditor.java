package org.rt2kb.curation;

import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
import org.springframework.validation.Errors;

/**
 * How one type of entry is edited: read into a form, checked against the catalogue, created and changed. The
 * {@link Curation} service wraps these steps with version checks, history and search updates, so an editor only knows
 * its own fields.
 */
public interface EntryEditor<F extends EntryForm> {

    EntryType type();

    Class<F> formType();

    /** The entry's current editable fields. */
    F formOf(Entry entry);

    /**
     * Whether a change from one form to the other also changes the search documents of linked entries (a theme moved
     * under another parent changes the themes of its practices). Most changes only touch the entry's own document.
     */
    default boolean reachesLinkedEntries(F before, F after) {
        return false;
    }

    /** Checks what Bean Validation cannot: references to other rows, unique codes, ranges across fields. */
    void check(Long id, F form, Errors errors);

    /**
     * The same check for many forms in a row (an import). An editor may read the catalogue's lists once for all the
     * forms instead of once per form.
     */
    default Checker<F> checker() {
        return this::check;
    }

    /**
     * The same as {@link #apply} for many entries in a row (an import), within one persistence context: an editor
     * may look up the choices forms name (groups, themes) once instead of once per form.
     */
    default Applier<F> applier() {
        return this::apply;
    }

    /** Writes one form after another; see {@link #apply}. */
    @FunctionalInterface
    interface Applier<F> {
        void apply(Entry entry, F form);
    }

    /** Checks one form after another; see {@link #check}. */
    @FunctionalInterface
    interface Checker<F> {
        void check(Long id, F form, Errors errors);
    }

    /** A new, unsaved entry holding the form's fields. */
    Entry create(F form);

    /** Writes the form's fields into the entry (and its links and tags). */
    void apply(Entry entry, F form);
}
