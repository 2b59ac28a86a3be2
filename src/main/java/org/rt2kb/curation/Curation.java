package org.rt2kb.curation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.EntryLinks;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryChanged;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.form.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every change editors make to entries goes through here: saving a form, moving along the workflow, verifying,
 * restoring an earlier version, purging. Each change checks the entry's version (a stale form never overwrites),
 * leaves a revision in the history with its author, and is announced ({@link EntryChanged}) so that the search index
 * is updated before the request returns.
 */
@Service
@Transactional
public class Curation {

    private static final int IMPORT_CHUNK = 250;

    private final EntityManager em;
    private final EntryHistory history;
    private final EntryLinks links;
    private final EntryPanels panels;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<EntryType, EntryEditor<?>> editors = new EnumMap<>(EntryType.class);

    Curation(
            EntityManager em,
            EntryHistory history,
            EntryLinks links,
            EntryPanels panels,
            ApplicationEventPublisher events,
            Clock clock,
            List<EntryEditor<?>> editors) {
        this.em = em;
        this.links = links;
        this.panels = panels;
        this.history = history;
        this.events = events;
        this.clock = clock;
        editors.forEach(editor -> this.editors.put(editor.type(), editor));
    }

    /** Creates an entry from a form, as a draft. */
    public <F extends EntryForm> Entry create(EntryEditor<F> editor, F form, String author) {
        return create(editor, form, author, RevisionAction.CREATED);
    }

    /**
     * Creates a draft from a suggestion sent through the public form: the history records it as suggested, by the
     * author given (not a person's account).
     */
    public <F extends EntryForm> Entry suggest(EntryEditor<F> editor, F form, String author) {
        return create(editor, form, author, RevisionAction.SUGGESTED);
    }

    <F extends EntryForm> Entry create(EntryEditor<F> editor, F form, String author, RevisionAction action) {
        Entry entry = editor.create(form);
        entry.moveTo(EntryStatus.DRAFT); // new entries wait for review before they are public
        em.persist(entry);
        editor.apply(entry, form);
        flush(entry);
        history.record(entry, action, editor.formOf(entry), author);
        events.publishEvent(EntryChanged.withLinkedEntries(entry));
        return entry;
    }

    /**
     * Saves a form over the entry it was read from.
     *
     * @throws StaleEditException when the entry changed since the form was read
     */
    public <F extends EntryForm> Entry update(EntryEditor<F> editor, long id, F form, String author) {
        return change(editor, id, form, author, RevisionAction.EDITED);
    }

    /** Saves a revision's fields over the entry, as a new revision: the history itself is never rewritten. */
    public Entry revert(long id, int number, int version, String author) {
        Entry entry = entry(id);
        Revision revision =
                history.find(id, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return revertTo(editor(entry.getType()), entry, revision, version, author);
    }

    private <F extends EntryForm> Entry revertTo(
            EntryEditor<F> editor, Entry entry, Revision revision, int version, String author) {
        F form = history.formOf(revision.fields(), editor.formType(), version);
        return change(editor, entry.getId(), form, author, RevisionAction.REVERTED);
    }

    private <F extends EntryForm> Entry change(
            EntryEditor<F> editor, long id, F form, String author, RevisionAction action) {
        Entry entry = entry(id);
        checkVersion(entry, form.version());
        F before = editor.formOf(entry);
        history.recordOriginIfNone(entry, before);
        editor.apply(entry, form);
        flush(entry);
        F after = editor.formOf(entry);
        history.record(entry, action, after, author);
        if (editor.reachesLinkedEntries(before, after)) {
            events.publishEvent(EntryChanged.withLinkedEntries(entry));
        } else {
            events.publishEvent(EntryChanged.itself(entry));
        }
        return entry;
    }

    /** One form of an import: the fields of the entry {@code id}, or of a new entry when {@code id} is null. */
    public record Imported<F extends EntryForm>(Long id, F form) {}

    /**
     * Saves the forms of an import in the caller's transaction: new entries become drafts, existing ones take the
     * form's fields whatever their version (the import is the newer word) and keep their status, except published
     * ones, which go to review unless the administrator chose to publish the changes directly ({@code published}).
     * Every change is recorded in the history with its author, like a form saved by hand, a published entry's with
     * that choice; but to keep a large import fast the work is written in chunks (flushed, history written in one
     * batch, persistence context cleared) and the search index is left to the caller, which reindexes the saved
     * entries at the end.
     *
     * @param progress told how many forms are saved so far, after each chunk
     * @return the ids of the saved entries, in the order of the forms
     */
    public <F extends EntryForm> List<Long> importAll(
            EntryEditor<F> editor,
            List<Imported<F>> forms,
            String author,
            PublishedChanges published,
            IntConsumer progress) {
        List<Long> ids = new ArrayList<>(forms.size());
        // The editor's look-ups (groups, themes, existing links) need not see this chunk's pending changes: without
        // this, every look-up would flush the whole chunk first, which makes a chunk cost its size squared.
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            importChunks(editor, forms, author, published, progress, ids);
        } finally {
            em.setFlushMode(flushMode);
        }
        return ids;
    }

    private <F extends EntryForm> void importChunks(
            EntryEditor<F> editor,
            List<Imported<F>> forms,
            String author,
            PublishedChanges published,
            IntConsumer progress,
            List<Long> ids) {
        for (int from = 0; from < forms.size(); from += IMPORT_CHUNK) {
            List<Imported<F>> chunk = forms.subList(from, Math.min(forms.size(), from + IMPORT_CHUNK));
            List<Long> existing =
                    chunk.stream().map(Imported::id).filter(Objects::nonNull).toList();
            // Entries loaded from the seed files are recorded as they were, status and title included, before the
            // chunk changes them.
            history.recordAll(history.withoutHistory(existing).stream()
                    .map(this::entry)
                    .map(entry -> new EntryHistory.Change(
                            entry, RevisionAction.IMPORTED, editor.formOf(entry), EntryHistory.SEED_AUTHOR))
                    .toList());
            List<Entry> saved = new ArrayList<>(chunk.size());
            List<RevisionAction> actions = new ArrayList<>(chunk.size());
            EntryEditor.Applier<F> applier = editor.applier(); // per chunk: what it looks up stays managed
            for (Imported<F> item : chunk) {
                Entry entry;
                if (item.id() == null) {
                    entry = editor.create(item.form());
                    entry.moveTo(EntryStatus.DRAFT);
                    em.persist(entry);
                    actions.add(RevisionAction.CREATED);
                } else {
                    entry = entry(item.id());
                    actions.add(importedChange(entry, published));
                }
                applier.apply(entry, item.form());
                saved.add(entry);
            }
            em.flush();
            List<EntryHistory.Change> changes = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                Entry entry = saved.get(i);
                changes.add(new EntryHistory.Change(entry, actions.get(i), editor.formOf(entry), author));
                ids.add(entry.getId());
            }
            history.recordAll(changes);
            em.clear();
            progress.accept(from + chunk.size());
        }
    }

    /** What an import does to an existing entry's status, and the action its revision records. */
    private static RevisionAction importedChange(Entry entry, PublishedChanges published) {
        if (entry.getStatus() != EntryStatus.PUBLISHED) {
            return RevisionAction.EDITED;
        }
        if (published == PublishedChanges.PUBLISH) {
            return RevisionAction.IMPORT_PUBLISHED;
        }
        entry.sendBackToReview();
        return RevisionAction.IMPORT_TO_REVIEW;
    }

    /** Moves an entry along the workflow (submit, publish, return to draft, archive, restore). */
    public Entry move(long id, int version, EntryStatus next, String author) {
        Entry entry = entry(id);
        checkVersion(entry, version);
        EntryForm fields = editor(entry.getType()).formOf(entry);
        history.recordOriginIfNone(entry, fields);
        EntryStatus from = entry.getStatus();
        entry.moveTo(next);
        flush(entry);
        history.record(entry, RevisionAction.moving(from, next), fields, author);
        events.publishEvent(EntryChanged.withLinkedEntries(entry));
        return entry;
    }

    /** Records that the author checked the entry against its sources today. */
    public Entry verify(long id, int version, String author) {
        Entry entry = entry(id);
        checkVersion(entry, version);
        EntryForm fields = editor(entry.getType()).formOf(entry);
        history.recordOriginIfNone(entry, fields);
        entry.verified(author, LocalDate.now(clock));
        flush(entry);
        history.record(entry, RevisionAction.VERIFIED, fields, author);
        return entry;
    }

    /**
     * Deletes an archived entry for good, with its links and notes; its history stays, ending with a "purged"
     * revision. Only archived entries can be purged, so a purge always follows a deliberate archive.
     */
    public void purge(long id, int version, String author) {
        Entry entry = entry(id);
        checkVersion(entry, version);
        if (entry.getStatus() != EntryStatus.ARCHIVED) {
            throw new IllegalStateException("Only archived entries can be purged");
        }
        history.record(entry, RevisionAction.PURGED, editor(entry.getType()).formOf(entry), author);
        events.publishEvent(EntryChanged.withLinkedEntries(entry));
        em.createQuery("select a from Annotation a where a.entry = :entry", Annotation.class)
                .setParameter("entry", entry)
                .getResultList()
                .forEach(em::remove);
        links.touching(entry).forEach(em::remove);
        em.remove(entry);
        flush(entry);
    }

    /** An entry's form as stored now, with the panel beside it. */
    @Transactional(readOnly = true)
    public <F extends EntryForm> Editing<F> editing(EntryEditor<F> editor, long id) {
        Entry entry = entry(id, editor.type());
        return new Editing<>(editor.formOf(entry), panel(entry));
    }

    /** The form of an entry and what is shown beside it. */
    public record Editing<F extends EntryForm>(F form, EntryPanel panel) {}

    /** The entry with this id, which must be of the type. */
    @Transactional(readOnly = true)
    public Entry entry(long id, EntryType type) {
        Entry entry = entry(id);
        if (entry.getType() != type) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return entry;
    }

    @Transactional(readOnly = true)
    public EntryPanel panel(long id) {
        return panel(entry(id));
    }

    private EntryPanel panel(Entry entry) {
        return panels.of(entry);
    }

    /** The entry with this id, checked to be at the version the editor saw. */
    Entry entryAt(long id, int version) {
        Entry entry = entry(id);
        checkVersion(entry, version);
        return entry;
    }

    /** The entry with this id, of any type and status. */
    @Transactional(readOnly = true)
    public Entry entry(long id) {
        Entry entry = em.find(Entry.class, id);
        if (entry == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return entry;
    }

    /** Writes the change now, so a concurrent save of the same version fails here, as a stale edit. */
    private void flush(Entry entry) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException(entry.getId());
        }
    }

    /** The editor of entries of this type. */
    @SuppressWarnings("unchecked")
    public <F extends EntryForm> EntryEditor<F> editor(EntryType type) {
        return (EntryEditor<F>) editors.get(type);
    }

    private static void checkVersion(Entry entry, int version) {
        if (entry.getVersion() != version) {
            throw new StaleEditException(entry.getId());
        }
    }
}
