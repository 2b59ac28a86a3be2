package org.rt2kb.entry;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published entries of every type changed since they came into the catalogue, most recently changed first: an
 * entry as the seed import wrote it is not news.
 */
@Service
@Transactional(readOnly = true)
public class RecentEntries {

    private final EntityManager em;

    RecentEntries(EntityManager em) {
        this.em = em;
    }

    public List<Entry> latest(int count) {
        return em.createQuery("""
                        select e from Entry e where e.status = :published and e.updatedAt > e.createdAt
                        order by e.updatedAt desc, e.id desc""", Entry.class)
                .setParameter("published", EntryStatus.PUBLISHED)
                .setMaxResults(count)
                .getResultList();
    }
}
