package org.rt2kb.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    List<Annotation> findAllByEntryIdAndVisibilityOrderByCreatedOnAscIdAsc(Long entryId, Visibility visibility);
}
