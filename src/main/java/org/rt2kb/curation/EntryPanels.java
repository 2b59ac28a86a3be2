package org.rt2kb.curation;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.EntryLinks;
import org.rt2kb.entry.Entry;
import org.rt2kb.shared.Multilingual;
import org.springframework.stereotype.Component;

/**
 * Builds the panel beside an entry's form: status and moves, verification, links, notes, size of its history, open
 * corrections.
 */
@Component
class EntryPanels {

    private final EntityManager em;
    private final EntryLinks links;
    private final EntryHistory history;
    private final EntryCorrections corrections;

    EntryPanels(EntityManager em, EntryLinks links, EntryHistory history, EntryCorrections corrections) {
        this.em = em;
        this.links = links;
        this.history = history;
        this.corrections = corrections;
    }

    /** The panel of an entry, read inside the caller's transaction. */
    EntryPanel of(Entry entry) {
        return new EntryPanel(
                entry.getId(),
                entry.getType(),
                entry.getSlug(),
                Multilingual.of(entry.getTitleEn(), entry.getTitleFr()),
                entry.getStatus(),
                entry.getVersion(),
                entry.getStatus().next().stream().sorted().toList(),
                entry.getLastVerifiedOn(),
                entry.getLastVerifiedBy(),
                entry.getCreatedAt(),
                entry.getUpdatedAt(),
                links(entry),
                notes(entry),
                history.count(entry.getId()),
                corrections.openFor(entry.getId()));
    }

    private List<EntryPanel.Link> links(Entry entry) {
        return links.touching(entry).stream()
                .map(l -> {
                    boolean outgoing = l.getFrom().getId().equals(entry.getId());
                    Entry other = outgoing ? l.getTo() : l.getFrom();
                    return new EntryPanel.Link(
                            l.getId(),
                            l.getRelation().code(),
                            outgoing,
                            other.getType(),
                            other.getId(),
                            other.getSlug(),
                            Multilingual.of(other.getTitleEn(), other.getTitleFr()),
                            l.getNote());
                })
                .toList();
    }

    private List<EntryPanel.Note> notes(Entry entry) {
        return em.createQuery(
                        "select a from Annotation a where a.entry = :entry order by a.createdOn, a.id",
                        Annotation.class)
                .setParameter("entry", entry)
                .getResultStream()
                .map(a -> new EntryPanel.Note(
                        a.getId(),
                        a.getKind().code(),
                        a.getVisibility().code(),
                        a.getAuthor(),
                        a.getCreatedOn(),
                        a.getText()))
                .toList();
    }
}
