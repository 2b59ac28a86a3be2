package org.rt2kb.instrument;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnexGroupRepository extends JpaRepository<AnnexGroup, Long> {

    List<AnnexGroup> findAllByOrderByPosition();
}
