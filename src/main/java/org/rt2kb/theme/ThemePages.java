package org.rt2kb.theme;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Hibernate;
import org.rt2kb.annotation.LinksAndNotes;
import org.rt2kb.annotation.LinksAndNotes.AnnotationView;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.entry.EntryNotFoundException;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.BarChart;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.Multilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** What the theme pages show: the themes with their counts, and one theme with everything connected to it. */
@Service
@Transactional(readOnly = true)
public class ThemePages {

    /** The most a theme's line in a list runs to, in characters. */
    private static final int LINE_LENGTH = 200;

    private static final String COUNTS = """
            select e.slug,
                   (select count(*) from entry_link l join entry p on p.id = l.from_entry_id
                     where l.to_entry_id = e.id and l.relation = 'illustrates'
                     and p.entry_type = 'practice' and p.status = 'published') as practices,
                   (select count(distinct i.id) from entry_link l join entry i on i.id = l.to_entry_id
                     where l.from_entry_id = e.id and i.entry_type = 'instrument' and i.status = 'published')
                     as instruments
            from entry e where e.entry_type = 'theme' and e.status = 'published'
            """;

    private final ThemeRepository themes;
    private final ThemeSectionRepository sections;
    private final LinksAndNotes linksAndNotes;
    private final JdbcClient jdbc;
    /** Practices and instruments per theme, counted again only after the catalogue has changed. */
    private final Supplier<Map<String, long[]>> counts;

    ThemePages(
            ThemeRepository themes,
            ThemeSectionRepository sections,
            LinksAndNotes linksAndNotes,
            JdbcClient jdbc,
            CatalogueGeneration generation) {
        this.themes = themes;
        this.sections = sections;
        this.linksAndNotes = linksAndNotes;
        this.jdbc = jdbc;
        this.counts = generation.cached(this::readCounts);
    }

    /** A theme in the list of themes, with the number of practices illustrating it and instruments it cites. */
    public record Card(
            String slug,
            ThemeKind kind,
            String parent,
            Multilingual title,
            Multilingual summary,
            long practices,
            long instruments) {}

    public record Gap(String slug, Multilingual title, List<String> themes) {}

    public record Question(int number, Multilingual text) {}

    public record Note(int number, Multilingual text) {}

    /**
     * One theme's page. {@code text} is the paper's French text and {@code summary} the project's, each with its
     * translations.
     */
    public record Page(
            Card theme,
            String section,
            Multilingual text,
            Multilingual summary,
            List<Note> notes,
            Card parent,
            List<Card> children,
            List<LinkView> practices,
            List<LinkView> instruments,
            List<Gap> gaps,
            List<Question> questions,
            List<AnnotationView> annotations,
            SourceDocument source,
            Instant updatedAt,
            Map<String, String> instrumentSlugs) {

        /** The paragraphs of the text as shown to a reader of {@code locale}, with their note markers. */
        public List<List<ThemeText.Run>> paragraphs(Locale locale) {
            return ThemeText.paragraphs(text.text(locale));
        }

        /** A note as shown to a reader of {@code locale}, cut around the codes of the instruments it names. */
        public List<ThemeText.Span> spans(Note note, Locale locale) {
            return ThemeText.withCodes(note.text().text(locale), instrumentSlugs.keySet());
        }
    }

    /**
     * The seven RT2 themes with their sub-themes by parent, the cross-cutting priorities, and the parts of the paper
     * read on their own (introduction, ideas for action, guiding questions), in the paper's order.
     */
    public record Overview(
            List<Card> themes, Map<String, List<Card>> subThemes, List<Card> crossCutting, List<Card> paper) {

        /** How many practices illustrate each theme and cross-cutting priority, each bar leading to them. */
        public BarChart practicesByTheme() {
            return BarChart.of(Stream.concat(themes.stream(), crossCutting.stream())
                    .map(card -> new BarChart.Count(
                            card.title(),
                            card.practices(),
                            UriComponentsBuilder.fromPath("/practices")
                                    .queryParam("theme", card.slug())
                                    .build()
                                    .toUriString()))
                    .toList());
        }
    }

    public Overview overview() {
        Map<String, long[]> counts = counts();
        List<Card> cards =
                themes.findPublishedThemes().stream().map(t -> card(t, counts)).toList();
        return new Overview(
                ofKind(cards, ThemeKind.THEME),
                ofKind(cards, ThemeKind.SUB_THEME).stream().collect(Collectors.groupingBy(Card::parent)),
                ofKind(cards, ThemeKind.CROSS_CUTTING),
                themes.findPublishedPaperParts().stream()
                        .map(t -> card(t, counts))
                        .toList());
    }

    private static List<Card> ofKind(List<Card> cards, ThemeKind kind) {
        return cards.stream().filter(card -> card.kind() == kind).toList();
    }

    public Page page(String slug) {
        Theme theme = themes.findBySlugAndStatus(slug, EntryStatus.PUBLISHED)
                .orElseThrow(() -> new EntryNotFoundException(EntryType.THEME, slug));
        Map<String, long[]> counts = counts();
        List<LinkView> links = linksAndNotes.linksOf(theme);
        Theme parent = theme.getParent();
        return new Page(
                card(theme, counts),
                theme.getSection(),
                theme.getText(),
                theme.getSummary(),
                theme.getNotes().stream()
                        .map(n -> new Note(n.number(), n.text()))
                        .toList(),
                parent == null || !parent.isPublished() ? null : card(parent, counts),
                themes.findAllByParentAndStatusOrderByPosition(theme, EntryStatus.PUBLISHED).stream()
                        .map(child -> card(child, counts))
                        .toList(),
                links.stream().filter(l -> "practice".equals(l.type())).toList(),
                links.stream().filter(l -> "instrument".equals(l.type())).toList(),
                gaps().stream()
                        .filter(g ->
                                theme.getKind() == ThemeKind.GAPS || g.themes().contains(slug))
                        .toList(),
                sections.findAllQuestions().stream()
                        .filter(q -> theme.getKind() == ThemeKind.GUIDING_QUESTIONS
                                || q.getThemes().stream()
                                        .anyMatch(t -> t.getSlug().equals(slug)))
                        .map(q -> new Question(q.getNumber(), q.getText()))
                        .toList(),
                linksAndNotes.publicAnnotationsOf(theme),
                theme.getSource() == null ? null : (SourceDocument) Hibernate.unproxy(theme.getSource()),
                theme.getUpdatedAt(),
                instrumentSlugs(theme.getNotes()));
    }

    /** The gaps of Section 4: where the paper says practices are missing, with the themes they concern. */
    public List<Gap> gaps() {
        return sections.findAllGaps().stream()
                .map(g -> new Gap(
                        g.getSlug(),
                        g.getTitle(),
                        g.getThemes().stream()
                                .filter(Theme::isPublished)
                                .map(Theme::getSlug)
                                .toList()))
                .toList();
    }

    private Map<String, long[]> counts() {
        return counts.get();
    }

    private Map<String, long[]> readCounts() {
        return jdbc.sql(COUNTS).query(rs -> {
            Map<String, long[]> counts = new HashMap<>();
            while (rs.next()) {
                counts.put(rs.getString("slug"), new long[] {rs.getLong("practices"), rs.getLong("instruments")});
            }
            return counts;
        });
    }

    private static Card card(Theme t, Map<String, long[]> counts) {
        long[] count = counts.getOrDefault(t.getSlug(), new long[2]);
        return new Card(
                t.getSlug(),
                t.getKind(),
                t.getParent() == null ? null : t.getParent().getSlug(),
                t.getTitle(),
                cardSummary(t),
                count[0],
                count[1]);
    }

    /**
     * What a card says of a theme, in one line: the first sentence of the project's summary in each language it is
     * written in, except for French readers, who get that of the paper's own text.
     */
    private static Multilingual cardSummary(Theme t) {
        Map<String, String> texts = new HashMap<>();
        t.getSummary().texts().forEach((language, text) -> texts.put(language, ThemeText.line(text, LINE_LENGTH)));
        texts.put("fr", ThemeText.line(t.getText().fr(), LINE_LENGTH));
        return new Multilingual(texts, t.getSummary().texts().keySet());
    }

    /**
     * The slugs of the published instruments whose codes the notes name, by code: what the notes link. Only the codes
     * written in these notes are looked up, whatever the size of the catalogue.
     */
    private Map<String, String> instrumentSlugs(List<ThemeNote> notes) {
        Set<String> codes = new HashSet<>();
        notes.forEach(note -> note.text().texts().values().forEach(text -> codes.addAll(ThemeText.codes(text))));
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> slugs = new HashMap<>();
        jdbc.sql("""
                        select i.code, e.slug from instrument i join entry e on e.id = i.id
                        where e.status = 'published' and i.code = any(:codes)""")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> slugs.put(rs.getString("code"), rs.getString("slug")))
                .list();
        return slugs;
    }
}
