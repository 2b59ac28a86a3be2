package org.rt2kb.annotation;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rt2kb.entry.Entry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the links between entries, whatever their status, for the secretariat's forms. */
@Service
@Transactional
public class EntryLinks {

    private final EntityManager em;

    EntryLinks(EntityManager em) {
        this.em = em;
    }

    /** Every link from or to the entry, with both ends loaded, in relation order. */
    @Transactional(readOnly = true)
    public List<EntryLink> touching(Entry entry) {
        return em.createQuery("""
                        select l from EntryLink l join fetch l.from join fetch l.to
                        where l.from = :entry or l.to = :entry order by l.relation, l.id""", EntryLink.class).setParameter("entry", entry).getResultList();
    }

    /** Slugs of the entries this one links to with the relation. */
    @Transactional(readOnly = true)
    public List<String> targetSlugs(Entry from, LinkRelation relation) {
        return em.createQuery("""
                        select l.to.slug from EntryLink l where l.from = :from and l.relation = :relation
                        order by l.id""", String.class)
                .setParameter("from", from)
                .setParameter("relation", relation)
                .getResultList();
    }

    /** Makes the entry link with the relation to exactly these targets, keeping the notes of links that stay. */
    public void linkTo(Entry from, LinkRelation relation, Collection<? extends Entry> targets) {
        Set<Long> wanted = targets.stream().map(Entry::getId).collect(Collectors.toSet());
        List<EntryLink> existing = em.createQuery(
                        "select l from EntryLink l where l.from = :from and l.relation = :relation", EntryLink.class)
                .setParameter("from", from)
                .setParameter("relation", relation)
                .getResultList();
        Set<Long> kept = existing.stream()
                .map(l -> l.getTo().getId())
                .filter(wanted::contains)
                .collect(Collectors.toSet());
        existing.stream().filter(l -> !wanted.contains(l.getTo().getId())).forEach(em::remove);
        targets.stream()
                .filter(t -> !kept.contains(t.getId()))
                .forEach(t -> em.persist(new EntryLink(from, t, relation, null)));
    }

    /** Adds a link, or changes the note of the one that exists already. */
    public EntryLink link(Entry from, Entry to, LinkRelation relation, String note) {
        List<EntryLink> same = em.createQuery("""
                        select l from EntryLink l where l.from = :from and l.to = :to and l.relation = :relation""", EntryLink.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("relation", relation)
                .getResultList();
        if (!same.isEmpty()) {
            same.get(0).setNote(note);
            return same.get(0);
        }
        EntryLink link = new EntryLink(from, to, relation, note);
        em.persist(link);
        return link;
    }

    /** Removes a link; returns the entries at its two ends, whose pages and documents change. */
    public List<Entry> unlink(long linkId) {
        EntryLink link = em.find(EntryLink.class, linkId);
        if (link == null) {
            return List.of();
        }
        em.remove(link);
        return List.of(link.getFrom(), link.getTo());
    }
}
