package org.rt2kb.annotation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an entry is connected to: its links to other published entries and its public annotations. */
@Service
@Transactional(readOnly = true)
public class LinksAndNotes {

    /** The most links to entries of one type that a page lists. */
    public static final int PER_TYPE = 50;

    /** The published entry at the other end of each link of entry :id. */
    private static final String OTHER_END = """
            from (select id, relation, note, to_entry_id as other, 'outgoing' as direction
                  from entry_link where from_entry_id = :id
                  union all
                  select id, relation, note, from_entry_id, 'incoming' from entry_link where to_entry_id = :id) l
            join entry o on o.id = l.other
            where o.status = 'published'
            """;
    /** The first :most links to entries of each type, with the titles of their other ends. */
    private static final String LINKS = """
            select r.relation, r.direction, r.entry_type, r.slug, r.note,
                   coalesce(p.title_en, i.title_en, t.title_en) as title_en,
                   coalesce(p.title_fr, i.title_fr, t.title_fr) as title_fr
            from (select l.id, l.relation, l.note, l.other, l.direction, o.entry_type, o.slug,
                         row_number() over (partition by o.entry_type order by l.relation, l.id) as rank
                  """ + OTHER_END + """
                 ) r
            left join practice p on p.id = r.other
            left join instrument i on i.id = r.other
            left join theme t on t.id = r.other
            where r.rank <= :most
            order by r.relation, r.id
            """;

    private static final String TOTALS =
            "select o.entry_type, count(*) as links " + OTHER_END + " group by o.entry_type";

    private final EntryLinkRepository links;
    private final AnnotationRepository annotations;
    private final JdbcClient jdbc;

    LinksAndNotes(EntryLinkRepository links, AnnotationRepository annotations, JdbcClient jdbc) {
        this.links = links;
        this.annotations = annotations;
        this.jdbc = jdbc;
    }

    /** A link seen from one entry: {@code outgoing} when this entry is the link's source. */
    public record LinkView(
            String relation, String direction, String type, String slug, String titleEn, String titleFr, String note) {

        /** The other entry's title, for pages. */
        public Bilingual title() {
            return Bilingual.of(titleEn, titleFr);
        }
    }

    public record AnnotationView(
            String kind,
            String author,
            LocalDate created,
            LocalDate updated,
            String textEn,
            String textFr,
            boolean frUnofficial) {

        /** The annotation's text, for pages. */
        public Bilingual text() {
            return new Bilingual(textEn, textFr, false, frUnofficial);
        }
    }

    /**
     * The entry's links to and from published entries, in the order of their relations, at most
     * {@value #PER_TYPE} to entries of each type: a theme may be illustrated by thousands of practices, which the
     * practices list shows in pages ({@link #linkTotals} says how many).
     */
    public List<LinkView> linksOf(Entry entry) {
        return jdbc.sql(LINKS)
                .param("id", entry.getId())
                .param("most", PER_TYPE)
                .query((rs, n) -> new LinkView(
                        rs.getString("relation"),
                        rs.getString("direction"),
                        rs.getString("entry_type"),
                        rs.getString("slug"),
                        rs.getString("title_en"),
                        rs.getString("title_fr"),
                        rs.getString("note")))
                .list();
    }

    /** How many published entries of each type the entry is linked with, by type code. */
    public Map<String, Long> linkTotals(Entry entry) {
        Map<String, Long> totals = new LinkedHashMap<>();
        jdbc.sql(TOTALS)
                .param("id", entry.getId())
                .query((rs, n) -> totals.put(rs.getString("entry_type"), rs.getLong("links")))
                .list();
        return totals;
    }

    public List<AnnotationView> publicAnnotationsOf(Entry entry) {
        return annotations
                .findAllByEntryIdAndVisibilityOrderByCreatedOnAscIdAsc(entry.getId(), Visibility.PUBLIC)
                .stream()
                .map(a -> new AnnotationView(
                        a.getKind().code(),
                        a.getAuthor(),
                        a.getCreatedOn(),
                        a.getUpdatedOn(),
                        a.getTextEn(),
                        a.getTextFr(),
                        a.isFrUnofficial()))
                .toList();
    }

    /** For a page of entries: the slugs of the published entries each one links to with {@code relation}. */
    public Map<Long, List<String>> targetsOf(Collection<Long> entryIds, LinkRelation relation) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return links.findAllFrom(entryIds, relation, EntryStatus.PUBLISHED).stream()
                .collect(Collectors.groupingBy(
                        link -> link.getFrom().getId(),
                        LinkedHashMap::new,
                        Collectors.mapping(link -> link.getTo().getSlug(), Collectors.toList())));
    }
}
