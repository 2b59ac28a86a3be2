package org.rt2kb.practice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.shared.JpqlConditions;
import org.rt2kb.shared.Paging;
import org.springframework.stereotype.Component;

/** Finds published practices matching a {@link PracticeFilter}, one page at a time, in annex order. */
@Component
class PracticeSearch {

    private final EntityManager em;

    PracticeSearch(EntityManager em) {
        this.em = em;
    }

    List<Practice> find(PracticeFilter filter, Paging paging) {
        TypedQuery<Practice> query = query("select p", filter, " order by p.number, p.id", Practice.class);
        return query.setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }

    long count(PracticeFilter filter) {
        return query("select count(p)", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, PracticeFilter filter, String order, Class<T> type) {
        return new JpqlConditions("p.status = :published", "published", EntryStatus.PUBLISHED)
                .with("p.group.slug = :group", "group", filter.group())
                .with(":country member of p.countryCodes", "country", filter.country())
                .with("p.startYear <= :year and (p.endYear is null or p.endYear >= :year)", "year", filter.year())
                .with("""
                        exists (select 1 from EntryLink l join l.to t where l.from = p
                                and l.relation = :illustrates and t.slug = :theme and type(t) = Theme)""", "theme", filter.theme(), "illustrates", LinkRelation.ILLUSTRATES)
                .query(em, select + " from Practice p", order, type);
    }
}
