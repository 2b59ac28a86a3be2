package org.rt2kb.annotation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an entry is connected to: its links to other published entries and its public annotations. */
@Service
@Transactional(readOnly = true)
public class LinksAndNotes {

    /** The most links to entries of one type that a page lists. */
    public static final int PER_TYPE = 50;

    /**
     * The first :most links of entry :id to published entries of each of the :types, in the order of their relations,
     * with the titles of their other ends. Each link knows the types of its ends, so an index walks each type's links
     * in order and stops after :most, however many links the entry has.
     */
    private static final String LINKS = """
            select r.relation, r.direction, type.entry_type, o.slug, r.note,
                   coalesce(p.title, i.title, t.title) as title
            from unnest(array[:types]) as type(entry_type)
            cross join lateral (
                select * from (
                    (select l.id, l.relation, l.note, l.to_entry_id as other, 'outgoing' as direction
                     from entry_link l join entry o on o.id = l.to_entry_id
                     where l.from_entry_id = :id and l.to_type = type.entry_type and o.status = 'published'
                     order by l.relation, l.id limit :most)
                    union all
                    (select l.id, l.relation, l.note, l.from_entry_id, 'incoming'
                     from entry_link l join entry o on o.id = l.from_entry_id
                     where l.to_entry_id = :id and l.from_type = type.entry_type and o.status = 'published'
                     order by l.relation, l.id limit :most)) both_ways
                order by relation, id limit :most) r
            join entry o on o.id = r.other
            left join practice p on p.id = r.other
            left join instrument i on i.id = r.other
            left join theme t on t.id = r.other
            order by r.relation, r.id
            """;

    /** The links to each of :ids from published entries of one type, in the order they were made. */
    private static final String INCOMING = """
            select l.to_entry_id as entry, l.relation, o.slug, l.note,
                   coalesce(p.title, i.title, t.title) as title
            from entry_link l
            join entry o on o.id = l.from_entry_id and o.status = 'published'
            left join practice p on p.id = o.id
            left join instrument i on i.id = o.id
            left join theme t on t.id = o.id
            where l.to_entry_id = any(:ids) and l.from_type = :type
            order by l.to_entry_id, l.relation, l.id
            """;

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
            String relation,
            String direction,
            String type,
            String slug,
            @JsonIgnore Multilingual title,
            String note) {

        // The API gives one field per language, as it does for the entries themselves.
        @JsonProperty
        public String titleEn() {
            return title.en();
        }

        @JsonProperty
        public String titleFr() {
            return title.fr();
        }

        @JsonProperty
        public String titleEs() {
            return title.get("es");
        }
    }

    public record AnnotationView(
            String kind,
            String author,
            LocalDate created,
            LocalDate updated,
            @JsonIgnore Multilingual text) {

        @JsonProperty
        public String textEn() {
            return text.en();
        }

        @JsonProperty
        public String textFr() {
            return text.fr();
        }

        @JsonProperty
        public boolean frUnofficial() {
            return text.isUnofficialIn("fr");
        }

        @JsonProperty
        public String textEs() {
            return text.get("es");
        }

        @JsonProperty
        public boolean esUnofficial() {
            return text.isUnofficialIn("es");
        }
    }

    /**
     * The entry's links to and from published entries, in the order of their relations, at most
     * {@value #PER_TYPE} to entries of each type: a theme may be illustrated by thousands of practices, which the
     * practices list shows in pages.
     */
    public List<LinkView> linksOf(Entry entry) {
        return jdbc.sql(LINKS)
                .param("id", entry.getId())
                .param(
                        "types",
                        Arrays.stream(EntryType.values()).map(EntryType::code).toList())
                .param("most", PER_TYPE)
                .query((rs, n) -> new LinkView(
                        rs.getString("relation"),
                        rs.getString("direction"),
                        rs.getString("entry_type"),
                        rs.getString("slug"),
                        MultilingualJson.read(rs.getString("title")),
                        rs.getString("note")))
                .list();
    }

    public List<AnnotationView> publicAnnotationsOf(Entry entry) {
        return annotations
                .findAllByEntryIdAndVisibilityOrderByCreatedOnAscIdAsc(entry.getId(), Visibility.PUBLIC)
                .stream()
                .map(a -> new AnnotationView(
                        a.getKind().code(), a.getAuthor(), a.getCreatedOn(), a.getUpdatedOn(), a.getText()))
                .toList();
    }

    /**
     * For many entries at once: the links made to each from published entries of {@code type} (the paper's sections
     * citing each instrument of a dossier), seen from the entry they point to.
     */
    public Map<Long, List<LinkView>> incomingFrom(Collection<Long> entryIds, EntryType type) {
        Map<Long, List<LinkView>> incoming = new LinkedHashMap<>();
        if (entryIds.isEmpty()) {
            return incoming;
        }
        jdbc.sql(INCOMING)
                .param("ids", entryIds.toArray(Long[]::new))
                .param("type", type.code())
                .query((rs, n) -> incoming.computeIfAbsent(rs.getLong("entry"), id -> new ArrayList<>())
                        .add(new LinkView(
                                rs.getString("relation"),
                                "incoming",
                                type.code(),
                                rs.getString("slug"),
                                MultilingualJson.read(rs.getString("title")),
                                rs.getString("note"))))
                .list();
        return incoming;
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
