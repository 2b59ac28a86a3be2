package org.rt2kb.instrument;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rt2kb.entry.EntryStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

    long countByStatus(EntryStatus status);

    Optional<Instrument> findBySlugAndStatus(String slug, EntryStatus status);

    List<Instrument> findAllBySlugInAndStatus(Collection<String> slugs, EntryStatus status);

    Optional<Instrument> findBySlug(String slug);

    List<Instrument> findAllByIdInAndStatus(Collection<Long> ids, EntryStatus status);

    Optional<Instrument> findByCode(String code);

    List<Instrument> findAllByOrderByPositionAscTitleEnAsc();

    @Query("select distinct i.body from Instrument i where i.status = :status")
    List<String> findBodiesByStatus(EntryStatus status);

    default List<String> findPublishedBodies() {
        return findBodiesByStatus(EntryStatus.PUBLISHED);
    }

    @Query("""
            select i.slug, i.code, i.titleEn, i.titleFr from Instrument i
            where i.status = :status order by i.code nulls last, i.titleEn""")
    List<Object[]> findTitlesByStatus(EntryStatus status);

    /** Slug, code and titles of every published instrument, in code order. */
    default List<Object[]> findPublishedTitles() {
        return findTitlesByStatus(EntryStatus.PUBLISHED);
    }
}
