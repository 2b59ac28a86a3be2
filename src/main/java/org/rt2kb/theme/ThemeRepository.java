package org.rt2kb.theme;

import java.util.List;
import java.util.Optional;
import org.rt2kb.shared.EntryStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    @Query("select t from Theme t left join fetch t.parent where t.status = :status order by t.position")
    List<Theme> findAllByStatus(EntryStatus status, Pageable page);

    long countByStatus(EntryStatus status);

    Optional<Theme> findBySlugAndStatus(String slug, EntryStatus status);

    List<Theme> findAllByParentAndStatusOrderByPosition(Theme parent, EntryStatus status);

    @Query("select t.slug from Theme t where t.status = org.rt2kb.shared.EntryStatus.PUBLISHED")
    List<String> findPublishedSlugs();

    /** The seven RT2 themes, their sub-themes and the cross-cutting priorities, in the paper's order. */
    @Query("""
            select t from Theme t left join fetch t.parent
            where t.status = org.rt2kb.shared.EntryStatus.PUBLISHED and t.kind in (org.rt2kb.theme.ThemeKind.THEME, org.rt2kb.theme.ThemeKind.SUB_THEME,
                           org.rt2kb.theme.ThemeKind.CROSS_CUTTING)
            order by t.position""")
    List<Theme> findPublishedThemes();

    /** Slug, English and French titles and the English flag of the themes {@link #findPublishedThemes()} gives. */
    @Query("""
            select t.slug, t.titleEn, t.titleFr, t.enUnofficial from Theme t
            where t.status = org.rt2kb.shared.EntryStatus.PUBLISHED and t.kind in (org.rt2kb.theme.ThemeKind.THEME,
                  org.rt2kb.theme.ThemeKind.SUB_THEME, org.rt2kb.theme.ThemeKind.CROSS_CUTTING)
            order by t.position""")
    List<Object[]> findPublishedThemeTitles();

    /** Themes, sub-themes and cross-cutting priorities of any status but archived: what practices may illustrate. */
    @Query("""
            select t from Theme t
            where t.status <> org.rt2kb.shared.EntryStatus.ARCHIVED and t.kind in (org.rt2kb.theme.ThemeKind.THEME,
                  org.rt2kb.theme.ThemeKind.SUB_THEME, org.rt2kb.theme.ThemeKind.CROSS_CUTTING)
            order by t.position""")
    List<Theme> findLinkableThemes();

    Optional<Theme> findBySlug(String slug);

    Optional<Theme> findByPosition(int position);

    List<Theme> findAllByOrderByPosition();
}
