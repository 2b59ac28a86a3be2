package org.rt2kb.practice;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.rt2kb.shared.MultilingualJson;
import org.rt2kb.shared.facet.IndexedPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads every published practice as a {@link PracticeRow} in one statement, its tags and links gathered into arrays,
 * so that a list page, its facet counts and the coverage matrix cost one round trip whatever the filters.
 */
@Component
class PracticeRows {

    private static final String SQL = """
            select p.id, e.slug, p.number, p.title, p.description, g.slug as group_slug, p.scope, p.actor, p.region_code,
                   p.start_year, p.end_year,
                   array(select pc.country_code from practice_country pc
                          where pc.practice_id = p.id order by pc.position) as countries,
                   array(select te.slug from entry_link l join entry te on te.id = l.to_entry_id
                          join theme t on t.id = te.id
                          where l.from_entry_id = p.id and l.relation = 'illustrates' and te.status = 'published'
                          order by t.position) as themes,
                   array(select o.objective_number::text from entry_gcm_objective o
                          where o.entry_id = p.id order by o.objective_number) as gcm_objectives,
                   array(select s.target_code from entry_sdg_target s
                          where s.entry_id = p.id order by s.target_code) as sdg_targets,
                   array(select ie.slug from entry ie
                          where ie.id = any(array(select to_entry_id from entry_link where from_entry_id = p.id
                                                  union select from_entry_id from entry_link where to_entry_id = p.id))
                          and ie.entry_type = 'instrument' and ie.status = 'published'
                          order by ie.slug) as instruments
            from practice p
            join entry e on e.id = p.id
            left join practice_group g on g.id = p.group_id
            where e.status = 'published'
            """;

    private final JdbcClient jdbc;

    PracticeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published practice, in the compendium's order. */
    List<PracticeRow> published() {
        return jdbc.sql(SQL + " order by p.number nulls last, p.id")
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The published practices among {@code ids}, in the order of {@code ids}. */
    List<PracticeRow> published(List<Long> ids) {
        List<PracticeRow> rows = jdbc.sql(SQL + " and p.id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> row(rs))
                .list();
        return IndexedPage.inOrder(ids, rows, PracticeRow::id);
    }

    private static PracticeRow row(ResultSet rs) throws SQLException {
        return new PracticeRow(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getObject("number", Integer.class),
                MultilingualJson.read(rs.getString("title")),
                MultilingualJson.read(rs.getString("description")),
                rs.getString("group_slug"),
                rs.getString("scope"),
                rs.getString("actor"),
                rs.getString("region_code"),
                rs.getObject("start_year", Integer.class),
                rs.getObject("end_year", Integer.class),
                strings(rs.getArray("countries")),
                strings(rs.getArray("themes")),
                strings(rs.getArray("gcm_objectives")),
                strings(rs.getArray("sdg_targets")),
                strings(rs.getArray("instruments")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
