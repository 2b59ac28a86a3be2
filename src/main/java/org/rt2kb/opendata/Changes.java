package org.rt2kb.opendata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published entries last added or changed, newest first: what the feeds announce. */
@Service
@Transactional(readOnly = true)
class Changes {

    /** How many changes a feed holds. */
    static final int MOST = 50;

    /** The entries of :types (all with the theme :theme, or itself, when it is given), newest change first. */
    private static final String LATEST = """
            select e.entry_type, e.slug, e.created_at, e.updated_at,
                   coalesce(p.title, i.title, t.title) as title, coalesce(p.description, t.summary) as text
            from entry e
            left join practice p on p.id = e.id
            left join instrument i on i.id = e.id
            left join theme t on t.id = e.id
            where e.status = 'published' and e.entry_type in (:types)
              and (cast(:theme as text) is null
                   or e.slug = :theme and e.entry_type = 'theme'
                   or e.id in (select l.from_entry_id from entry_link l join entry th on th.id = l.to_entry_id
                               where th.slug = :theme and th.entry_type = 'theme')
                   or e.id in (select l.to_entry_id from entry_link l join entry th on th.id = l.from_entry_id
                               where th.slug = :theme and th.entry_type = 'theme'))
            order by e.updated_at desc, e.id desc
            limit :most
            """;

    private static final String PUBLISHED_THEME =
            "select count(*) from entry where slug = :slug and entry_type = 'theme' and status = 'published'";

    private final JdbcClient jdbc;

    Changes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry as a feed announces it. */
    record Change(String type, String slug, Multilingual title, Multilingual text, Instant created, Instant updated) {

        String path() {
            return EntryType.pagePath(type, slug);
        }
    }

    /** The latest changes to published entries of {@code types}, only those linked with {@code theme} if given. */
    List<Change> latest(List<String> types, String theme) {
        return jdbc.sql(LATEST)
                .param("types", types)
                .param("theme", theme)
                .param("most", MOST)
                .query((rs, n) -> new Change(
                        rs.getString("entry_type"),
                        rs.getString("slug"),
                        MultilingualJson.read(rs.getString("title")),
                        text(rs.getString("text")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Multilingual text(String column) {
        return column == null ? Multilingual.NONE : MultilingualJson.read(column);
    }

    boolean isTheme(String slug) {
        return jdbc.sql(PUBLISHED_THEME).param("slug", slug).query(Long.class).single() > 0;
    }
}
