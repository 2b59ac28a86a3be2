package org.rt2kb.theme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rt2kb.entry.EntryStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    @Query("select t from Theme t left join fetch t.parent where t.status = :status order by t.position")
    List<Theme> findAllByStatus(EntryStatus status, Pageable page);

    long countByStatus(EntryStatus status);

    long countByStatusAndKind(EntryStatus status, ThemeKind kind);

    Optional<Theme> findBySlugAndStatus(String slug, EntryStatus status);

    List<Theme> findAllBySlugInAndStatus(Collection<String> slugs, EntryStatus status);

    List<Theme> findAllByParentAndStatusOrderByPosition(Theme parent, EntryStatus status);

    @Query("select t.slug from Theme t where t.status = :status")
    List<String> findSlugsByStatus(EntryStatus status);

    default List<String> findPublishedSlugs() {
        return findSlugsByStatus(EntryStatus.PUBLISHED);
    }

    @Query("""
            select t from Theme t left join fetch t.parent
            where t.status = :status and t.kind in :kinds
            order by t.position""")
    List<Theme> findByStatusAndKinds(EntryStatus status, Collection<ThemeKind> kinds);

    /** The introduction, the ideas for action and the guiding questions, in the paper's order. */
    default List<Theme> findPublishedPaperParts() {
        return findByStatusAndKinds(EntryStatus.PUBLISHED, ThemeKind.PAPER_PARTS);
    }

    /** The seven RT2 themes, their sub-themes and the cross-cutting priorities, in the paper's order. */
    default List<Theme> findPublishedThemes() {
        return findByStatusAndKinds(EntryStatus.PUBLISHED, ThemeKind.ILLUSTRATED);
    }

    @Query("""
            select t.slug, t.title from Theme t
            where t.status = :status and t.kind in :kinds
            order by t.position""")
    List<Object[]> findTitlesByStatusAndKinds(EntryStatus status, Collection<ThemeKind> kinds);

    /** Slug and title of the themes {@link #findPublishedThemes()} gives. */
    default List<Object[]> findPublishedThemeTitles() {
        return findTitlesByStatusAndKinds(EntryStatus.PUBLISHED, ThemeKind.ILLUSTRATED);
    }

    @Query("""
            select t from Theme t
            where t.status <> :status and t.kind in :kinds
            order by t.position""")
    List<Theme> findByStatusNotAndKinds(EntryStatus status, Collection<ThemeKind> kinds);

    /** Themes, sub-themes and cross-cutting priorities of any status but archived: what practices may illustrate. */
    default List<Theme> findLinkableThemes() {
        return findByStatusNotAndKinds(EntryStatus.ARCHIVED, ThemeKind.ILLUSTRATED);
    }

    Optional<Theme> findBySlug(String slug);

    Optional<Theme> findByPosition(int position);

    List<Theme> findAllByOrderByPosition();
}
