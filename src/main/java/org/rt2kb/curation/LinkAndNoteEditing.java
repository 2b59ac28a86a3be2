package org.rt2kb.curation;

import static org.rt2kb.shared.form.FormText.orNull;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.EntryLinks;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryChanged;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.form.Choice;
import org.rt2kb.shared.form.FormText;
import org.rt2kb.shared.form.StaleEditException;
import org.rt2kb.thesaurus.Thesaurus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Changes to what connects entries: links between two entries, with their relation and note, and the notes of the
 * secretariat on an entry. Each change is checked against the version the editor saw, recorded in the entry's
 * history, and reflected in search at once (both ends of a link, the note itself).
 */
@Service
@Transactional
public class LinkAndNoteEditing {

    /** An entry named by its type and slug, "instrument:c189". */
    private static final Pattern REFERENCE = Pattern.compile("[a-z]+:" + FormText.SLUG);

    private final EntityManager em;
    private final Curation curation;
    private final EntryLinks links;
    private final EntryHistory history;
    private final ApplicationEventPublisher events;
    private final EntryLists lists;
    private final Clock clock;

    LinkAndNoteEditing(
            EntityManager em,
            Curation curation,
            EntryLinks links,
            EntryHistory history,
            ApplicationEventPublisher events,
            EntryLists lists,
            Clock clock) {
        this.em = em;
        this.curation = curation;
        this.links = links;
        this.history = history;
        this.events = events;
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * Links the entry to another one, named "type:slug" or by its title in any language, as an editor types it.
     *
     * @throws LinkRefusedException when the target does not exist, is named by a title several entries have, is the
     *     entry itself, or is of a type the relation does not join to this entry's type; nothing is written then
     */
    public void link(long fromId, int version, String target, LinkRelation relation, String note, String author) {
        Entry from = curation.entryAt(fromId, version);
        Entry to = target(reference(target.strip(), relation.targetsFrom(from.getType())));
        if (to.getId().equals(from.getId())) {
            throw new LinkRefusedException("target", "form.error.link-itself");
        }
        if (!relation.allows(from.getType(), to.getType())) {
            throw new LinkRefusedException(
                    "relation",
                    "form.error.link-ends",
                    new DefaultMessageSourceResolvable("relation." + relation.code() + ".outgoing"),
                    new DefaultMessageSourceResolvable("relation." + relation.code() + ".ends"));
        }
        recordOrigin(from);
        links.link(from, to, relation, orNull(note));
        changed(from, RevisionAction.LINKED, author);
        events.publishEvent(EntryChanged.itself(to));
    }

    public void unlink(long fromId, int version, long linkId, String author) {
        Entry entry = curation.entryAt(fromId, version);
        recordOrigin(entry);
        List<Entry> ends = links.unlink(linkId);
        changed(entry, RevisionAction.LINKED, author);
        ends.forEach(end -> events.publishEvent(EntryChanged.itself(end)));
    }

    /** Adds a note to an entry, written by the author today. */
    public Annotation annotate(long entryId, NoteForm form, String author) {
        Entry entry = curation.entry(entryId);
        recordOrigin(entry);
        Annotation note =
                new Annotation(entry, form.kind(), form.visibility(), author, LocalDate.now(clock), form.text());
        em.persist(note);
        changed(entry, RevisionAction.ANNOTATED, author);
        return note;
    }

    /** Changes a note, unless someone changed it since the form was read. */
    public Annotation revise(long noteId, NoteForm form, String author) {
        Annotation note = note(noteId);
        if (note.getVersion() != form.version()) {
            throw new StaleEditException(noteId);
        }
        recordOrigin(note.getEntry());
        note.revise(form.kind(), form.visibility(), form.text(), LocalDate.now(clock));
        changed(note.getEntry(), RevisionAction.ANNOTATED, author);
        return note;
    }

    @Transactional(readOnly = true)
    public Annotation note(long noteId) {
        Annotation note = em.find(Annotation.class, noteId);
        if (note == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return note;
    }

    /**
     * The "type:slug" of the entry a target names: the target itself when it has that form, else the entry (not
     * archived) whose title in some language it is, ignoring case and accents. When entries of several types have
     * that title, those the relation may link to are preferred.
     */
    private String reference(String typed, Set<EntryType> allowed) {
        if (REFERENCE.matcher(typed).matches()) {
            return typed;
        }
        String title = Thesaurus.normalize(typed);
        List<String> named = lists.linkTargets(EnumSet.allOf(EntryType.class)).stream()
                .filter(choice -> choice.label().texts().values().stream()
                        .anyMatch(text -> Thesaurus.normalize(text).equals(title)))
                .map(Choice::value)
                .toList();
        List<String> fitting = named.stream()
                .filter(ref -> allowed.contains(Coded.fromCode(EntryType.class, ref.substring(0, ref.indexOf(':')))
                        .orElseThrow()))
                .toList();
        List<String> candidates = fitting.isEmpty() ? named : fitting;
        if (candidates.isEmpty()) {
            throw new LinkRefusedException("target", "form.error.link-target-none", typed);
        }
        if (candidates.size() > 1) {
            throw new LinkRefusedException(
                    "target", "form.error.link-target-ambiguous", typed, String.join(", ", candidates));
        }
        return candidates.get(0);
    }

    private Entry target(String reference) {
        String[] parts = reference == null ? new String[0] : reference.split(":", 2);
        EntryType type =
                parts.length == 2 ? Coded.fromCode(EntryType.class, parts[0]).orElse(null) : null;
        if (type == null) {
            throw new LinkRefusedException("target", "form.error.link-target");
        }
        List<?> ids = em.createNativeQuery("select id from entry where entry_type = ?1 and slug = ?2")
                .setParameter(1, type.code())
                .setParameter(2, parts[1])
                .getResultList();
        if (ids.isEmpty()) {
            throw new LinkRefusedException("target", "form.error.link-target");
        }
        return curation.entry(((Number) ids.get(0)).longValue());
    }

    private void recordOrigin(Entry entry) {
        history.recordOriginIfNone(entry, curation.editor(entry.getType()).formOf(entry));
    }

    /** Records the change on the entry's history and reindexes the entry and its notes. */
    private void changed(Entry entry, RevisionAction action, String author) {
        em.flush();
        history.record(entry, action, curation.editor(entry.getType()).formOf(entry), author);
        events.publishEvent(EntryChanged.itself(entry));
    }
}
