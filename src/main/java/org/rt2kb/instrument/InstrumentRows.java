package org.rt2kb.instrument;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rt2kb.shared.MultilingualJson;
import org.rt2kb.shared.facet.IndexedPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads published instruments as {@link InstrumentRow}s in one statement. */
@Component
class InstrumentRows {

    private static final String SQL = """
            select i.id, e.slug, i.code, i.acronym, i.title, i.year, i.type, i.body, i.binding,
                   array(select ag.slug from instrument_annex_group iag
                          join annex_group ag on ag.id = iag.annex_group_id
                          where iag.instrument_id = i.id order by ag.position) as annex_groups,
                   array(select te.slug from entry_link l join entry te on te.id = l.from_entry_id
                          join theme t on t.id = te.id
                          where l.to_entry_id = i.id and te.status = 'published'
                          group by te.slug, t.position order by t.position) as themes
            from instrument i
            join entry e on e.id = i.id
            where e.status = 'published'
            """;

    private final JdbcClient jdbc;

    InstrumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The published instruments among {@code ids}, in the order of {@code ids}, each with the number of published
     * practices linked with it as {@code practices} counts them.
     */
    List<InstrumentRow> published(List<Long> ids, Function<List<String>, Map<String, Long>> practices) {
        List<InstrumentRow> rows = jdbc.sql(SQL + " and i.id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> row(rs))
                .list();
        Map<String, Long> counted =
                practices.apply(rows.stream().map(InstrumentRow::slug).toList());
        return IndexedPage.inOrder(ids, rows, InstrumentRow::id).stream()
                .map(row -> row.withPractices(counted.getOrDefault(row.slug(), 0L)))
                .toList();
    }

    /** A row as read, without its count of practices: counting the links of a much-cited instrument here is slow. */
    private static InstrumentRow row(ResultSet rs) throws SQLException {
        return new InstrumentRow(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("code"),
                rs.getString("acronym"),
                MultilingualJson.read(rs.getString("title")),
                rs.getObject("year", Integer.class),
                rs.getString("type"),
                rs.getString("body"),
                rs.getBoolean("binding"),
                strings(rs.getArray("annex_groups")),
                strings(rs.getArray("themes")),
                0);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
