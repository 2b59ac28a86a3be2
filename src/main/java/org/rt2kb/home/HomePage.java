package org.rt2kb.home;

import java.time.Instant;
import java.util.List;
import org.rt2kb.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the home page tells: how much the knowledge base holds, and what changed last. */
@Service
@Transactional(readOnly = true)
class HomePage {

    private static final int RECENT = 6;

    private static final String COUNTS = """
            select
              (select count(*) from entry e join theme t on t.id = e.id
                where e.status = 'published' and t.kind = 'theme') as themes,
              (select count(*) from entry e where e.entry_type = 'practice' and e.status = 'published') as practices,
              (select count(*) from entry e where e.entry_type = 'instrument' and e.status = 'published')
                as instruments,
              (select count(distinct pc.country_code) from practice_country pc join entry e on e.id = pc.practice_id
                where e.status = 'published') as countries
            """;

    private static final String RECENT_CHANGES = """
            select e.entry_type, e.slug, coalesce(p.title_en, i.title_en, t.title_en) as title_en,
                   coalesce(p.title_fr, i.title_fr, t.title_fr) as title_fr, e.updated_at
            from entry e
            left join practice p on p.id = e.id
            left join instrument i on i.id = e.id
            left join theme t on t.id = e.id
            where e.status = 'published'
            order by e.updated_at desc, e.id desc
            limit :limit
            """;

    private final JdbcClient jdbc;

    HomePage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Counts(long themes, long practices, long instruments, long countries) {}

    record Change(String type, String slug, Bilingual title, Instant updatedAt) {}

    Counts counts() {
        return jdbc.sql(COUNTS).query(Counts.class).single();
    }

    List<Change> recentChanges() {
        return jdbc.sql(RECENT_CHANGES)
                .param("limit", RECENT)
                .query((rs, n) -> new Change(
                        rs.getString("entry_type"),
                        rs.getString("slug"),
                        Bilingual.of(rs.getString("title_en"), rs.getString("title_fr")),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }
}
