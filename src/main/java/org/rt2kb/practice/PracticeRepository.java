package org.rt2kb.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rt2kb.entry.EntryStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long> {

    Optional<Practice> findBySlugAndStatus(String slug, EntryStatus status);

    List<Practice> findAllBySlugInAndStatus(Collection<String> slugs, EntryStatus status);

    Optional<Practice> findBySlug(String slug);

    List<Practice> findAllByIdInAndStatus(Collection<Long> ids, EntryStatus status);

    /** Every practice's slug and id, as pairs. */
    @Query("select p.slug, p.id from Practice p")
    List<Object[]> findSlugsAndIds();
}
