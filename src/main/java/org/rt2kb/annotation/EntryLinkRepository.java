package org.rt2kb.annotation;

import java.util.Collection;
import java.util.List;
import org.rt2kb.entry.EntryStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryLinkRepository extends JpaRepository<EntryLink, Long> {

    /** For many entries at once: the entries of the given status they link to with the given relation. */
    @Query("""
            select l from EntryLink l join fetch l.to t
            where l.from.id in :fromIds and l.relation = :relation and t.status = :status
            order by l.id""")
    List<EntryLink> findAllFrom(Collection<Long> fromIds, LinkRelation relation, EntryStatus status);
}
