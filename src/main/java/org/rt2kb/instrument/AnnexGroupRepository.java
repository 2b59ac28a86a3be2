package org.rt2kb.instrument;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnexGroupRepository extends JpaRepository<AnnexGroup, Long> {

    List<AnnexGroup> findAllByOrderByPosition();

    @Query("select g.slug from AnnexGroup g where g.annex = :annex")
    Set<String> findSlugsByAnnex(String annex);
}
