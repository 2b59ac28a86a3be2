package org.rt2kb.reference;

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
 * Migration V25 moves the reference lists' names from a column per language into JSON by language. It runs here on a
 * schema of its own at V24, holding the seeded lists with edits made to them, and must keep every name, flag,
 * version and recorded change.
 */
@CatalogueTest
class ReferenceNamesMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    MigrationSchema schema;

    /** A row's names and flag, whichever list it is in. */
    record Names(String list, String key, String en, String fr, boolean frUnofficial, int version) {}

    @BeforeEach
    void createSchema() {
        schema = new MigrationSchema(dataSource, "before_v25");
    }

    @AfterEach
    void dropSchema() {
        schema.drop();
    }

    @Test
    void shouldKeepEveryNameFlagVersionAndChangeOfTheSeededAndEditedLists() {
        schema.migrateTo("24");
        for (String statement : List.of(
                """
                insert into before_v25.region (code, slug, name_en, name_fr)
                select code, slug, name -> 'en' ->> 'text', name -> 'fr' ->> 'text' from public.region""",
                """
                update before_v25.region r set parent_code = p.parent_code from public.region p where p.code = r.code""",
                """
                insert into before_v25.country (code, alpha3, name_en, name_fr, region_code)
                select code, alpha3, name -> 'en' ->> 'text', name -> 'fr' ->> 'text', region_code from public.country""",
                """
                insert into before_v25.gcm_objective (number, title_en, title_fr, fr_unofficial)
                select number, title -> 'en' ->> 'text', title -> 'fr' ->> 'text', false from public.gcm_objective""",
                """
                insert into before_v25.gcm_principle (slug, position, title_en, title_fr, fr_unofficial)
                select slug, position, title -> 'en' ->> 'text', title -> 'fr' ->> 'text', false
                from public.gcm_principle""",
                """
                insert into before_v25.sdg_target (code, goal, title_en, title_fr, fr_unofficial)
                select code, goal, title -> 'en' ->> 'text', title -> 'fr' ->> 'text', false from public.sdg_target""",
                // Edits before the migration: a French name changed, a French title flagged as a translation.
                """
                update before_v25.country set name_fr = 'Côte d’Ivoire (« RCI »)', version = version + 1
                where code = 'CI'""",
                "update before_v25.gcm_objective set fr_unofficial = true, version = version + 1 where number = 6",
                """
                insert into before_v25.list_change (list, item, action, author, before, after)
                values ('countries', 'CI', 'edited', 'editor', '{"nameFr": "Côte d’Ivoire"}',
                        '{"nameFr": "Côte d’Ivoire (« RCI »)"}')""")) {
            jdbc.sql(statement).update();
        }
        List<Names> before = names("""
                select 'country', code, name_en, name_fr, false, version from before_v25.country
                union all select 'region', code, name_en, name_fr, false, version from before_v25.region
                union all select 'objective', number::text, title_en, title_fr, fr_unofficial, version
                          from before_v25.gcm_objective
                union all select 'principle', slug, title_en, title_fr, fr_unofficial, 0 from before_v25.gcm_principle
                union all select 'target', code, title_en, title_fr, fr_unofficial, version from before_v25.sdg_target
                order by 1, 2""");

        schema.migrateTo("25");

        List<Names> after = names("""
                select 'country', code, name -> 'en' ->> 'text', name -> 'fr' ->> 'text', false, version
                from before_v25.country
                union all select 'region', code, name -> 'en' ->> 'text', name -> 'fr' ->> 'text', false, version
                          from before_v25.region
                union all select 'objective', number::text, title -> 'en' ->> 'text', title -> 'fr' ->> 'text',
                                 coalesce((title -> 'fr' ->> 'unofficial')::boolean, false), version
                          from before_v25.gcm_objective
                union all select 'principle', slug, title -> 'en' ->> 'text', title -> 'fr' ->> 'text',
                                 coalesce((title -> 'fr' ->> 'unofficial')::boolean, false), 0
                          from before_v25.gcm_principle
                union all select 'target', code, title -> 'en' ->> 'text', title -> 'fr' ->> 'text',
                                 coalesce((title -> 'fr' ->> 'unofficial')::boolean, false), version
                          from before_v25.sdg_target
                order by 1, 2""");
        assertThat(before).hasSizeGreaterThan(300);
        assertThat(after).isEqualTo(before);
        assertThat(after)
                .filteredOn(n -> n.key().equals("CI"))
                .singleElement()
                .satisfies(n -> assertThat(n.fr()).isEqualTo("Côte d’Ivoire (« RCI »)"));
        assertThat(after)
                .filteredOn(n -> n.list().equals("objective") && n.key().equals("6"))
                .singleElement()
                .satisfies(n -> assertThat(n.frUnofficial()).isTrue());
        assertThat(jdbc.sql("select count(*) from before_v25.list_change where item = 'CI'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private List<Names> names(String sql) {
        return jdbc.sql(sql)
                .query((rs, n) -> new Names(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getInt(6)))
                .list();
    }
}
