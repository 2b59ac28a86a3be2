package org.rt2kb.instrument;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.rt2kb.shared.Bilingual;
import org.rt2kb.shared.facet.IndexedPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads every published instrument as an {@link InstrumentRow} in one statement, in the annexes' order. */
@Component
class InstrumentRows {

    private static final String SQL = """
            select i.id, e.slug, i.code, i.acronym, i.title_en, i.title_fr, i.year, i.type, i.body, i.binding,
                   array(select ag.slug from instrument_annex_group iag
                          join annex_group ag on ag.id = iag.annex_group_id
                          where iag.instrument_id = i.id order by ag.position) as annex_groups,
                   array(select te.slug from entry_link l join entry te on te.id = l.from_entry_id
                          join theme t on t.id = te.id
                          where l.to_entry_id = i.id and te.status = 'published'
                          group by te.slug, t.position order by t.position) as themes,
                   (select count(*) from entry pe
                          where pe.id = any(array(select to_entry_id from entry_link where from_entry_id = i.id
                                                  union select from_entry_id from entry_link where to_entry_id = i.id))
                          and pe.entry_type = 'practice' and pe.status = 'published') as practices
            from instrument i
            join entry e on e.id = i.id
            where e.status = 'published'
            """;

    /** The annexes' order: the first annex group holding an instrument, then its place; missing ones last. */
    private static final String ANNEX_ORDER = """
             order by (select min(ag.position) from instrument_annex_group iag
                       join annex_group ag on ag.id = iag.annex_group_id where iag.instrument_id = i.id) nulls last,
                      i.position nulls last, i.id""";

    private final JdbcClient jdbc;

    InstrumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published instrument, in the annexes' order. */
    List<InstrumentRow> published() {
        return jdbc.sql(SQL + ANNEX_ORDER).query((rs, n) -> row(rs)).list();
    }

    /** The published instruments among {@code ids}, in the order of {@code ids}. */
    List<InstrumentRow> published(List<Long> ids) {
        List<InstrumentRow> rows = jdbc.sql(SQL + " and i.id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> row(rs))
                .list();
        return IndexedPage.inOrder(ids, rows, InstrumentRow::id);
    }

    private static InstrumentRow row(ResultSet rs) throws SQLException {
        return new InstrumentRow(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("code"),
                rs.getString("acronym"),
                Bilingual.of(rs.getString("title_en"), rs.getString("title_fr")),
                rs.getObject("year", Integer.class),
                rs.getString("type"),
                rs.getString("body"),
                rs.getBoolean("binding"),
                strings(rs.getArray("annex_groups")),
                strings(rs.getArray("themes")),
                rs.getLong("practices"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
