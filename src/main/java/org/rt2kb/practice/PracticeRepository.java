package org.rt2kb.practice;

import java.util.List;
import java.util.Optional;
import org.rt2kb.entry.EntryStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long> {

    long countByStatus(EntryStatus status);

    Optional<Practice> findBySlugAndStatus(String slug, EntryStatus status);

    Optional<Practice> findBySlug(String slug);

    /** Every practice's slug and id, as pairs. */
    @Query("select p.slug, p.id from Practice p")
    List<Object[]> findSlugsAndIds();

    @Query("select distinct c from Practice p join p.countryCodes c where p.status = :status")
    List<String> findCountryCodesByStatus(EntryStatus status);

    default List<String> findPublishedCountryCodes() {
        return findCountryCodesByStatus(EntryStatus.PUBLISHED);
    }
}
