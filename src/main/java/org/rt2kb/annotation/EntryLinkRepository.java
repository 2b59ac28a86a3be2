package org.rt2kb.annotation;

import java.util.Collection;
import java.util.List;
import org.rt2kb.entry.EntryStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryLinkRepository extends JpaRepository<EntryLink, Long> {

    /** Links from or to the entry between entries of the given status, with the entries at both ends loaded. */
    @Query("""
            select l from EntryLink l join fetch l.from f join fetch l.to t
            where (f.id = :entryId or t.id = :entryId) and f.status = :status and t.status = :status
            order by l.relation, l.id""")
    List<EntryLink> findAllTouching(Long entryId, EntryStatus status);

    /** For many entries at once: the entries of the given status they link to with the given relation. */
    @Query("""
            select l from EntryLink l join fetch l.to t
            where l.from.id in :fromIds and l.relation = :relation and t.status = :status
            order by l.id""")
    List<EntryLink> findAllFrom(Collection<Long> fromIds, LinkRelation relation, EntryStatus status);
}
