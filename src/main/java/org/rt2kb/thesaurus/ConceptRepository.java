package org.rt2kb.thesaurus;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Concepts come unordered: their labels are JSON, and the pages sort them by label in the reader's language. */
interface ConceptRepository extends JpaRepository<Concept, String> {

    @Query("select distinct c from Concept c left join fetch c.broader")
    List<Concept> findAllWithBroader();

    /** The concepts in use, not archived ones, with their broader concepts. */
    @Query("select distinct c from Concept c left join fetch c.broader where c.archived = false")
    List<Concept> findActiveWithBroader();
}
