package org.rt2kb.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.MigrationSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V24 moves a concept's labels and note from a column per language into JSON by language. It runs here on
 * a schema of its own at V23, holding the seeded thesaurus with an edit made to it, and must keep every label, note,
 * version and recorded change.
 */
@CatalogueTest
class ConceptLabelsMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    MigrationSchema schema;

    /** A concept as V23 stores it. */
    record Labels(
            String id,
            String prefEn,
            String prefFr,
            List<String> altEn,
            List<String> altFr,
            String noteEn,
            String noteFr,
            int version) {}

    @BeforeEach
    void createSchema() {
        schema = new MigrationSchema(dataSource, "before_v24");
    }

    @AfterEach
    void dropSchema() {
        schema.drop();
    }

    @Test
    void shouldKeepEveryLabelNoteVersionAndChangeOfASeededAndEditedThesaurus() {
        schema.migrateTo("23");
        jdbc.sql("""
                        insert into before_v24.concept (id, pref_en, pref_fr, alt_en, alt_fr, note_en, note_fr, version)
                        select id, pref -> 'en' ->> 'text', pref -> 'fr' ->> 'text',
                               array(select jsonb_array_elements_text(coalesce(alt -> 'en', '[]'))),
                               array(select jsonb_array_elements_text(coalesce(alt -> 'fr', '[]'))),
                               note -> 'en' ->> 'text', note -> 'fr' ->> 'text', version
                        from public.concept""").update();
        // An edit before the migration: a note in one language only, the French alternatives removed.
        jdbc.sql("""
                        update before_v24.concept
                        set note_en = 'Only in English, with “quotes” and l’apostrophe', alt_fr = '{}',
                            version = version + 1
                        where id = 'domestic-workers'""").update();
        jdbc.sql("""
                        insert into before_v24.list_change (list, item, action, author, before, after)
                        values ('concepts', 'domestic-workers', 'edited', 'editor',
                                '{"prefEn": "domestic workers"}', '{"prefEn": "domestic workers"}')""").update();
        List<Labels> before = labels("""
                select id, pref_en, pref_fr, alt_en, alt_fr, note_en, note_fr, version
                from before_v24.concept order by id""");

        schema.migrateTo("24");

        List<Labels> after = labels("""
                select id, pref -> 'en' ->> 'text' as pref_en, pref -> 'fr' ->> 'text' as pref_fr,
                       array(select jsonb_array_elements_text(coalesce(alt -> 'en', '[]'))) as alt_en,
                       array(select jsonb_array_elements_text(coalesce(alt -> 'fr', '[]'))) as alt_fr,
                       note -> 'en' ->> 'text' as note_en, note -> 'fr' ->> 'text' as note_fr, version
                from before_v24.concept order by id""");
        assertThat(before).hasSizeGreaterThan(200);
        assertThat(after).isEqualTo(before);
        assertThat(after)
                .filteredOn(c -> c.id().equals("domestic-workers"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.noteEn()).isEqualTo("Only in English, with “quotes” and l’apostrophe");
                    assertThat(c.noteFr()).isNull();
                    assertThat(c.altFr()).isEmpty();
                });
        assertThat(jdbc.sql("select count(*) from before_v24.list_change where item = 'domestic-workers'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private List<Labels> labels(String sql) {
        return jdbc.sql(sql)
                .query((rs, n) -> new Labels(
                        rs.getString("id"),
                        rs.getString("pref_en"),
                        rs.getString("pref_fr"),
                        List.of((String[]) rs.getArray("alt_en").getArray()),
                        List.of((String[]) rs.getArray("alt_fr").getArray()),
                        rs.getString("note_en"),
                        rs.getString("note_fr"),
                        rs.getInt("version")))
                .list();
    }
}
