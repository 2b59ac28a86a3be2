package org.rt2kb.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeGroupRepository extends JpaRepository<PracticeGroup, Long> {

    List<PracticeGroup> findAllByOrderByPosition();

    Optional<PracticeGroup> findBySlug(String slug);
}
