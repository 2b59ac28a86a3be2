package org.rt2kb.instrument;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.rt2kb.shared.Paging;
import org.springframework.stereotype.Component;

/** Finds published instruments matching an {@link InstrumentFilter}, in the order of the annexes. */
@Component
class InstrumentSearch {

    private final EntityManager em;

    InstrumentSearch(EntityManager em) {
        this.em = em;
    }

    List<Instrument> find(InstrumentFilter filter, Paging paging) {
        return query("select i", filter, " order by i.position, i.id", Instrument.class)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }

    long count(InstrumentFilter filter) {
        return query("select count(i)", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, InstrumentFilter filter, String order, Class<T> type) {
        List<String> where = new ArrayList<>(List.of("i.status = org.rt2kb.shared.EntryStatus.PUBLISHED"));
        if (filter.type() != null) {
            where.add("i.type = :type");
        }
        if (filter.body() != null) {
            where.add("i.body = :body");
        }
        if (filter.annex() != null) {
            where.add("exists (select 1 from Instrument x join x.annexGroups g where x = i and g.annex = :annex)");
        }
        if (filter.binding() != null) {
            where.add("i.binding = :binding");
        }
        TypedQuery<T> query = em.createQuery(
                select + " from Instrument i where " + String.join(" and ", where) + order, type);
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.body() != null) {
            query.setParameter("body", filter.body());
        }
        if (filter.annex() != null) {
            query.setParameter("annex", filter.annex());
        }
        if (filter.binding() != null) {
            query.setParameter("binding", filter.binding());
        }
        return query;
    }
}
