package org.rt2kb.theme;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The items of the gaps and guiding-questions sections. */
interface ThemeSectionRepository extends Repository<PracticeGap, Long> {

    @Query(
            "select distinct g from PracticeGap g left join fetch g.themes where g.section = :section order by g.position")
    List<PracticeGap> findGaps(Theme section);

    @Query(
            "select distinct q from GuidingQuestion q left join fetch q.themes where q.section = :section order by q.number")
    List<GuidingQuestion> findQuestions(Theme section);

    /** Every gap of Section 4, with the themes it concerns, in the paper's order. */
    @Query("select distinct g from PracticeGap g left join fetch g.themes order by g.position")
    List<PracticeGap> findAllGaps();

    @Query("select distinct q from GuidingQuestion q left join fetch q.themes order by q.number")
    List<GuidingQuestion> findAllQuestions();
}
