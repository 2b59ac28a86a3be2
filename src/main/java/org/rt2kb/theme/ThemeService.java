package org.rt2kb.theme;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rt2kb.annotation.LinksAndNotes;
import org.rt2kb.entry.EntryNotFoundException;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.ApiPage;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published themes for the API and the pages. */
@Service
@Transactional(readOnly = true)
public class ThemeService {

    private final ThemeRepository themes;
    private final ThemeSectionRepository sections;
    private final LinksAndNotes linksAndNotes;

    ThemeService(ThemeRepository themes, ThemeSectionRepository sections, LinksAndNotes linksAndNotes) {
        this.themes = themes;
        this.sections = sections;
        this.linksAndNotes = linksAndNotes;
    }

    public ApiPage<ThemeJson.Summary> list(Paging paging) {
        var page = themes.findAllByStatus(EntryStatus.PUBLISHED, PageRequest.of(paging.page(), paging.size()));
        return ApiPage.of(
                page.stream().map(ThemeJson.Summary::of).toList(), paging, themes.countByStatus(EntryStatus.PUBLISHED));
    }

    public ThemeJson.Detail detail(String slug) {
        Theme theme = themes.findBySlugAndStatus(slug, EntryStatus.PUBLISHED)
                .orElseThrow(() -> new EntryNotFoundException(EntryType.THEME, slug));
        List<String> children = themes.findAllByParentAndStatusOrderByPosition(theme, EntryStatus.PUBLISHED).stream()
                .map(Theme::getSlug)
                .toList();
        List<ThemeJson.Gap> gaps = theme.getKind() != ThemeKind.GAPS
                ? List.of()
                : sections.findGaps(theme).stream()
                        .map(g -> ThemeJson.Gap.of(g, slugs(g.getThemes())))
                        .toList();
        List<ThemeJson.Question> questions = theme.getKind() != ThemeKind.GUIDING_QUESTIONS
                ? List.of()
                : sections.findQuestions(theme).stream()
                        .map(q -> ThemeJson.Question.of(q, slugs(q.getThemes())))
                        .toList();
        return new ThemeJson.Detail(
                ThemeJson.Summary.of(theme),
                children,
                gaps,
                questions,
                linksAndNotes.linksOf(theme),
                linksAndNotes.publicAnnotationsOf(theme));
    }

    /** The published sections among {@code slugs}, by slug: what a dossier holds of them. */
    public Map<String, ThemeJson.Summary> summaries(Collection<String> slugs) {
        Map<String, ThemeJson.Summary> summaries = new HashMap<>();
        themes.findAllBySlugInAndStatus(slugs, EntryStatus.PUBLISHED)
                .forEach(t -> summaries.put(t.getSlug(), ThemeJson.Summary.of(t)));
        return summaries;
    }

    /** Titles of the RT2 themes, sub-themes and cross-cutting priorities by slug, in the paper's order. */
    public Map<String, Multilingual> titles() {
        Map<String, Multilingual> titles = new LinkedHashMap<>();
        for (Object[] t : themes.findPublishedThemeTitles()) {
            titles.put((String) t[0], (Multilingual) t[1]);
        }
        return titles;
    }

    /** The themes a practice can illustrate, published or not yet, in the paper's order. */
    public List<Theme> linkableThemes() {
        return themes.findLinkableThemes();
    }

    /** Slugs of every published theme, to check filter values against. */
    public List<String> publishedSlugs() {
        return themes.findPublishedSlugs();
    }

    private static List<String> slugs(java.util.Collection<Theme> themes) {
        return themes.stream().filter(Theme::isPublished).map(Theme::getSlug).toList();
    }

    /** How many of the seven RT2 themes are published. */
    public long countPublishedThemes() {
        return themes.countByStatusAndKind(EntryStatus.PUBLISHED, ThemeKind.THEME);
    }
}
