package org.rt2kb.instrument;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.shared.JpqlConditions;
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
        return new JpqlConditions("i.status = :published", "published", EntryStatus.PUBLISHED)
                .with("i.type = :type", "type", filter.type())
                .with("i.body = :body", "body", filter.body())
                .with(
                        "exists (select 1 from Instrument x join x.annexGroups g where x = i and g.annex = :annex)",
                        "annex",
                        filter.annex())
                .with("i.binding = :binding", "binding", filter.binding())
                .query(em, select + " from Instrument i", order, type);
    }
}
