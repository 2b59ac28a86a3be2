package org.rt2kb.curation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The published entries that people changed last, newest first, as their revisions record it: an entry only the
 * catalogue import wrote is not news. Read once per change of the catalogue.
 */
@Service
public class RecentChanges {

    /** How many changes the home page shows. */
    static final int MOST = 6;

    private static final String LATEST = """
            select e.entry_type, e.slug, coalesce(p.title, i.title, t.title) as title, max(r.recorded_at) as changed
            from entry_revision r
            join entry e on e.id = r.entry_id
            left join practice p on p.id = e.id
            left join instrument i on i.id = e.id
            left join theme t on t.id = e.id
            where r.action <> 'imported' and e.status = 'published'
            group by e.id, e.entry_type, e.slug, p.title, i.title, t.title
            order by changed desc, e.id desc
            limit :most
            """;

    /** A published entry and when a person last changed it. */
    public record Change(String type, String slug, Multilingual title, Instant changedAt) {}

    private final JdbcClient jdbc;
    private final Supplier<List<Change>> latest;

    RecentChanges(JdbcClient jdbc, CatalogueGeneration generation) {
        this.jdbc = jdbc;
        this.latest = generation.cached(this::read);
    }

    public List<Change> latest() {
        return latest.get();
    }

    private List<Change> read() {
        return jdbc.sql(LATEST)
                .param("most", MOST)
                .query((rs, n) -> new Change(
                        rs.getString("entry_type"),
                        rs.getString("slug"),
                        MultilingualJson.read(rs.getString("title")),
                        rs.getObject("changed", OffsetDateTime.class).toInstant()))
                .list();
    }
}
