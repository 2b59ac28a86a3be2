package org.rt2kb.practice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
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
        return query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    long count(PracticeFilter filter) {
        return query("select count(p)", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, PracticeFilter filter, String order, Class<T> type) {
        List<String> where = new ArrayList<>(List.of("p.status = org.rt2kb.shared.EntryStatus.PUBLISHED"));
        if (filter.group() != null) {
            where.add("p.group.slug = :group");
        }
        if (filter.country() != null) {
            where.add(":country member of p.countryCodes");
        }
        if (filter.year() != null) {
            where.add("p.startYear <= :year and (p.endYear is null or p.endYear >= :year)");
        }
        if (filter.theme() != null) {
            where.add("""
                    exists (select 1 from EntryLink l join l.to t where l.from = p
                            and l.relation = org.rt2kb.annotation.LinkRelation.ILLUSTRATES and t.slug = :theme
                            and type(t) = org.rt2kb.theme.Theme)""");
        }
        TypedQuery<T> query = em.createQuery(
                select + " from Practice p where " + String.join(" and ", where) + order, type);
        if (filter.group() != null) {
            query.setParameter("group", filter.group());
        }
        if (filter.country() != null) {
            query.setParameter("country", filter.country());
        }
        if (filter.year() != null) {
            query.setParameter("year", filter.year());
        }
        if (filter.theme() != null) {
            query.setParameter("theme", filter.theme());
        }
        return query;
    }
}
