package org.rt2kb.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published entries tagged with one GCM objective or SDG target: how many of each type, and the first ones. */
@Service
@Transactional(readOnly = true)
class TaggedEntries {

    /** The types in the order a page shows them: the paper's sections, then the instruments, then the practices. */
    static final List<String> TYPES = List.of("theme", "instrument", "practice");
    /** The most entries of one type a page lists; the practices list shows the rest. */
    static final int MOST = 50;

    private static final String FIRST = """
            select e.slug, coalesce(p.title, i.title, t.title) as title
            from %1$s tag
            join entry e on e.id = tag.entry_id and e.status = 'published' and e.entry_type = :type
            left join practice p on p.id = e.id
            left join instrument i on i.id = e.id
            left join theme t on t.id = e.id
            where tag.%2$s = :tag
            order by e.id
            limit :most
            """;
    private static final String COUNTS = """
            select e.entry_type, count(*) as entries from %1$s tag
            join entry e on e.id = tag.entry_id and e.status = 'published'
            where tag.%2$s = :tag
            group by e.entry_type
            """;

    private final JdbcClient jdbc;

    TaggedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(String slug, Multilingual title) {}

    /** The entries of one type tagged with the tag, at most {@value #MOST} of them, and how many there are. */
    record OfType(String type, long total, List<Entry> first) {}

    /** For each type, in {@link #TYPES} order, the entries tagged with {@code tag} in {@code framework}. */
    List<OfType> taggedWith(Framework framework, Object tag) {
        Map<String, Long> totals = new LinkedHashMap<>();
        jdbc.sql(COUNTS.formatted(framework.table, framework.column))
                .param("tag", tag)
                .query((rs, n) -> totals.put(rs.getString("entry_type"), rs.getLong("entries")))
                .list();
        return TYPES.stream()
                .map(type -> new OfType(
                        type,
                        totals.getOrDefault(type, 0L),
                        totals.getOrDefault(type, 0L) == 0 ? List.of() : first(framework, tag, type)))
                .toList();
    }

    private List<Entry> first(Framework framework, Object tag, String type) {
        return jdbc.sql(FIRST.formatted(framework.table, framework.column))
                .param("tag", tag)
                .param("type", type)
                .param("most", MOST)
                .query((rs, n) -> new Entry(rs.getString("slug"), MultilingualJson.read(rs.getString("title"))))
                .list();
    }
}
