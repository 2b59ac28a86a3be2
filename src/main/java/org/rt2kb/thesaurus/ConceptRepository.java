package org.rt2kb.thesaurus;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConceptRepository extends JpaRepository<Concept, String> {

    @Query("select distinct c from Concept c left join fetch c.broader order by c.prefEn")
    List<Concept> findAllWithBroader();

    /** The concepts in use, not archived ones, with their broader concepts. */
    @Query("select distinct c from Concept c left join fetch c.broader where c.archived = false order by c.prefEn")
    List<Concept> findActiveWithBroader();
}
