package org.rt2kb.curation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;
import org.rt2kb.shared.form.Choice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Entries of every status as editors list them: by type and status, with a filter on titles and addresses. */
@Component
public class EntryLists {

    public static final int PAGE_SIZE = 50;

    private static final String FROM = """
            from entry e
            left join practice p on p.id = e.id
            left join instrument i on i.id = e.id
            left join theme t on t.id = e.id
            where (cast(:type as text) is null or e.entry_type = :type)
              and (cast(:status as text) is null or e.status = :status)
              and (cast(:text as text) is null
                   or concat_ws(' ', e.slug, i.code, jsonb_path_query_array(coalesce(p.title, i.title, t.title),
                                '$.*.text')) ilike '%' || :text || '%')""";

    private final JdbcClient jdbc;

    EntryLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line of the list; {@code suggested} when it came through the public suggestion form. */
    public record Row(
            long id,
            EntryType type,
            String slug,
            Multilingual title,
            EntryStatus status,
            Instant updatedAt,
            LocalDate lastVerifiedOn,
            boolean suggested) {

        public String adminHref() {
            return EntryPanel.adminHref(type, id);
        }
    }

    public record Page(List<Row> rows, long total, int page) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** One page of entries matching the filters, which may each be null; the latest changed first. */
    public Page find(EntryType type, EntryStatus status, String text, int page) {
        String typeCode = type == null ? null : type.code();
        String statusCode = status == null ? null : status.code();
        String words = text == null || text.isBlank() ? null : escape(text.strip());
        long total = jdbc.sql("select count(*) " + FROM)
                .param("type", typeCode)
                .param("status", statusCode)
                .param("text", words)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql("""
                        select e.id, e.entry_type, e.slug, e.status, e.updated_at, e.last_verified_on,
                               coalesce(p.title, i.title, t.title) as title,
                               exists (select 1 from practice_suggestion s where s.practice_id = e.id) as suggested
                        """ + FROM + " order by e.updated_at desc, e.id desc offset :offset limit :limit")
                .param("type", typeCode)
                .param("status", statusCode)
                .param("text", words)
                .param("offset", (long) page * PAGE_SIZE)
                .param("limit", PAGE_SIZE)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        Coded.fromCode(EntryType.class, rs.getString("entry_type"))
                                .orElseThrow(),
                        rs.getString("slug"),
                        MultilingualJson.read(rs.getString("title")),
                        Coded.fromCode(EntryStatus.class, rs.getString("status"))
                                .orElseThrow(),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getObject("last_verified_on", LocalDate.class),
                        rs.getBoolean("suggested")))
                .list();
        return new Page(rows, total, page);
    }

    /** The titles of the entries with these slugs, archived ones too, by "type:slug". */
    public Map<String, Multilingual> titles(Collection<String> slugs) {
        Map<String, Multilingual> titles = new HashMap<>();
        if (slugs.isEmpty()) {
            return titles;
        }
        jdbc.sql("""
                        select e.entry_type, e.slug, coalesce(p.title, i.title, t.title) as title
                        from entry e
                        left join practice p on p.id = e.id
                        left join instrument i on i.id = e.id
                        left join theme t on t.id = e.id
                        where e.slug = any(:slugs)""")
                .param("slugs", slugs.toArray(String[]::new))
                .query((rs, n) -> titles.put(
                        rs.getString("entry_type") + ":" + rs.getString("slug"),
                        MultilingualJson.read(rs.getString("title"))))
                .list();
        return titles;
    }

    /** Every entry of these types that is not archived, as "type:slug" choices for linking, by type and title. */
    public List<Choice> linkTargets(Collection<EntryType> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.entry_type, e.slug,
                               coalesce(p.title, i.title, t.title) as title
                        from entry e
                        left join practice p on p.id = e.id
                        left join instrument i on i.id = e.id
                        left join theme t on t.id = e.id
                        where e.status <> 'archived' and e.entry_type in (:types)
                        order by e.entry_type, coalesce(p.title, i.title, t.title) -> 'en' ->> 'text'""")
                .param("types", types.stream().map(EntryType::code).toList())
                .query((rs, n) -> new Choice(
                        rs.getString("entry_type") + ":" + rs.getString("slug"),
                        MultilingualJson.read(rs.getString("title"))))
                .list();
    }

    /** How many entries of each type stand at each status. */
    public Map<EntryType, Map<EntryStatus, Long>> counts() {
        Map<EntryType, Map<EntryStatus, Long>> counts = new EnumMap<>(EntryType.class);
        for (EntryType type : EntryType.values()) {
            Map<EntryStatus, Long> byStatus = new EnumMap<>(EntryStatus.class);
            for (EntryStatus status : EntryStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(type, byStatus);
        }
        jdbc.sql("select entry_type, status, count(*) as n from entry group by entry_type, status")
                .query(rs -> {
                    counts.get(Coded.fromCode(EntryType.class, rs.getString("entry_type"))
                                    .orElseThrow())
                            .put(
                                    Coded.fromCode(EntryStatus.class, rs.getString("status"))
                                            .orElseThrow(),
                                    rs.getLong("n"));
                });
        return counts;
    }

    /** The filter text with LIKE's wildcards taken literally. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
