package org.rt2kb.instrument;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.shared.Multilingual;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

    long countByStatus(EntryStatus status);

    Optional<Instrument> findBySlugAndStatus(String slug, EntryStatus status);

    List<Instrument> findAllBySlugInAndStatus(Collection<String> slugs, EntryStatus status);

    Optional<Instrument> findBySlug(String slug);

    List<Instrument> findAllByIdInAndStatus(Collection<Long> ids, EntryStatus status);

    Optional<Instrument> findByCode(String code);

    @Query("""
            select distinct i.body, b.name from Instrument i left join IssuingBody b on b.body = i.body
            where i.status = :status order by i.body""")
    List<Object[]> findBodiesByStatus(EntryStatus status);

    /** The issuing bodies of the published instruments, by the name instruments give them, with their names. */
    default Map<String, Multilingual> findPublishedBodies() {
        Map<String, Multilingual> bodies = new LinkedHashMap<>();
        for (Object[] body : findBodiesByStatus(EntryStatus.PUBLISHED)) {
            String key = (String) body[0];
            bodies.put(key, body[1] == null ? Multilingual.of(key, null) : (Multilingual) body[1]);
        }
        return bodies;
    }

    @Query("""
            select i.slug, i.code, i.title from Instrument i
            where i.status = :status order by i.code nulls last, i.position nulls last, i.id""")
    List<Object[]> findTitlesByStatus(EntryStatus status);

    /** Slug, code and titles of every published instrument, in code order. */
    default List<Object[]> findPublishedTitles() {
        return findTitlesByStatus(EntryStatus.PUBLISHED);
    }
}
