package org.rt2kb.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.MigrationSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V26 moves the entries' texts (themes, practices, instruments, their groups, gaps, questions, notes and
 * the source) from a column per language into JSON by language. It runs here on a schema of its own at V25, holding
 * the seeded catalogue with an edit and its recorded revision, and must keep every text, flag and revision.
 */
@CatalogueTest
class EntryTextsMigrationTest {

    private static final String SCHEMA = "before_v26";

    /** {@code flag(title, 'en')} in the statements below: whether that text is flagged as a translation. */
    private static final Pattern FLAG = Pattern.compile("flag\\((\\w+), '(\\w+)'\\)");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    MigrationSchema schema;

    /** One text of one row, with its flag: what must cross the migration unchanged. */
    record Text(String table, String key, String language, String text, boolean unofficial) {}

    @BeforeEach
    void createSchema() {
        schema = new MigrationSchema(dataSource, SCHEMA);
    }

    @AfterEach
    void dropSchema() {
        schema.drop();
    }

    @Test
    void shouldKeepEveryTextFlagAndRevisionOfTheSeededAndEditedCatalogue() {
        schema.migrateTo("25");
        copySeededCatalogue();
        // An edit before the migration, as an editor's form would have made it, with its revision.
        jdbc.sql("""
                        update before_v26.practice set title_fr = 'Titre revu « en français »', fr_unofficial = false
                        where id = (select min(id) from before_v26.practice)""").update();
        jdbc.sql("""
                        insert into before_v26.entry_revision (id, entry_id, entry_type, slug, title, number, action,
                                status, author, snapshot)
                        select (select coalesce(max(id), 0) + 1 from before_v26.entry_revision), e.id, 'practice', e.slug, 'Titre revu « en français »',
                               coalesce((select max(number) from before_v26.entry_revision r where r.entry_id = e.id), 0)
                                       + 1,
                               'edited', e.status, 'editor', '{"titleFr": "Titre revu « en français »"}'
                        from before_v26.entry e where e.id = (select min(id) from before_v26.practice)""").update();
        long revisions = count("entry_revision");
        String snapshots = snapshots();
        List<Text> before = textsBefore();

        schema.migrateTo("26");

        List<Text> after = textsAfter();
        assertThat(before).hasSizeGreaterThan(400);
        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        assertThat(after)
                .contains(new Text("practice.title", firstPractice(), "fr", "Titre revu « en français »", false));
        assertThat(count("entry_revision")).isEqualTo(revisions).isPositive();
        assertThat(snapshots()).isEqualTo(snapshots);
    }

    /** The seeded rows of the current schema, written back into the columns they had before V26. */
    private void copySeededCatalogue() {
        for (String statement : List.of(
                """
                insert into before_v26.source_document (id, slug, title_fr, title_en, en_unofficial, year, forum,
                        roundtable, penholder, co_chairs, languages, note, practices_caveat_en, practices_caveat_fr,
                        links)
                select id, slug, title -> 'fr' ->> 'text', title -> 'en' ->> 'text', flag(title, 'en'), year, forum,
                       roundtable, penholder, co_chairs, languages, note, practices_caveat -> 'en' ->> 'text',
                       practices_caveat -> 'fr' ->> 'text', links
                from public.source_document""",
                "insert into before_v26.entry select * from public.entry",
                """
                insert into before_v26.theme (id, section, kind, parent_id, position, title_fr, title_en, en_unofficial,
                        text_fr, summary_en)
                select id, section, kind, parent_id, position, title -> 'fr' ->> 'text', title -> 'en' ->> 'text',
                       flag(title, 'en'), text -> 'fr' ->> 'text', summary -> 'en' ->> 'text'
                from public.theme""",
                """
                insert into before_v26.theme_note (theme_id, number, text_fr)
                select theme_id, number, text -> 'fr' ->> 'text' from public.theme_note""",
                """
                insert into before_v26.practice_gap (id, section_id, slug, position, title_fr, title_en, en_unofficial)
                select id, section_id, slug, position, title -> 'fr' ->> 'text', title -> 'en' ->> 'text',
                       flag(title, 'en')
                from public.practice_gap""",
                """
                insert into before_v26.guiding_question (id, section_id, number, text_fr, text_en, en_unofficial)
                select id, section_id, number, text -> 'fr' ->> 'text', text -> 'en' ->> 'text', flag(text, 'en')
                from public.guiding_question""",
                """
                insert into before_v26.practice_group (id, slug, position, title_en, title_fr, fr_unofficial)
                select id, slug, position, title -> 'en' ->> 'text', title -> 'fr' ->> 'text', flag(title, 'fr')
                from public.practice_group""",
                """
                insert into before_v26.practice (id, number, group_id, title_en, en_unofficial, title_fr, fr_unofficial,
                        description_en, description_fr, actor, scope, actor_type, start_year, end_year, start_date,
                        end_date, status_note_en, status_note_fr, links)
                select id, number, group_id, title -> 'en' ->> 'text', flag(title, 'en'), title -> 'fr' ->> 'text',
                       flag(title, 'fr'), description -> 'en' ->> 'text', description -> 'fr' ->> 'text', actor, scope,
                       actor_type, start_year, end_year, start_date, end_date, status_note -> 'en' ->> 'text',
                       status_note -> 'fr' ->> 'text', links
                from public.practice""",
                """
                insert into before_v26.annex_group (id, slug, annex, position, title_en, title_fr, fr_unofficial)
                select id, slug, annex, position, title -> 'en' ->> 'text', title -> 'fr' ->> 'text', flag(title, 'fr')
                from public.annex_group""",
                """
                insert into before_v26.instrument (id, code, acronym, acronym_fr, title_en, title_fr, year, type, body,
                        binding, position, links)
                select id, code, acronym, acronym_fr, title -> 'en' ->> 'text', title -> 'fr' ->> 'text', year, type,
                       body, binding, position, links
                from public.instrument""",
                """
                insert into before_v26.annotation (id, entry_id, kind, visibility, author, created_on, text_en, text_fr,
                        fr_unofficial)
                select id, entry_id, kind, visibility, author, created_on, text -> 'en' ->> 'text',
                       text -> 'fr' ->> 'text', flag(text, 'fr')
                from public.annotation""",
                """
                insert into before_v26.entry_revision select * from public.entry_revision""")) {
            jdbc.sql(FLAG.matcher(statement).replaceAll("coalesce(($1 -> '$2' ->> 'unofficial')::boolean, false)"))
                    .update();
        }
    }

    private List<Text> textsBefore() {
        List<Text> texts = new ArrayList<>();
        texts.addAll(
                texts("practice.title", "id", "title_en", "en_unofficial", "title_fr", "fr_unofficial", "practice"));
        texts.addAll(texts(
                "practice.description",
                "id",
                "description_en",
                "false",
                "description_fr",
                "fr_unofficial",
                "practice"));
        texts.addAll(
                texts("practice.status_note", "id", "status_note_en", "false", "status_note_fr", "false", "practice"));
        texts.addAll(texts("instrument.title", "id", "title_en", "false", "title_fr", "false", "instrument"));
        texts.addAll(texts("theme.title", "id", "title_en", "en_unofficial", "title_fr", "false", "theme"));
        texts.addAll(texts("theme.text", "id", "null", "false", "text_fr", "false", "theme"));
        texts.addAll(texts("theme.summary", "id", "summary_en", "false", "null", "false", "theme"));
        texts.addAll(texts(
                "theme_note.text", "theme_id || '/' || number", "null", "false", "text_fr", "false", "theme_note"));
        texts.addAll(
                texts("practice_gap.title", "id", "title_en", "en_unofficial", "title_fr", "false", "practice_gap"));
        texts.addAll(texts(
                "guiding_question.text", "id", "text_en", "en_unofficial", "text_fr", "false", "guiding_question"));
        texts.addAll(texts(
                "practice_group.title", "id", "title_en", "false", "title_fr", "fr_unofficial", "practice_group"));
        texts.addAll(texts("annex_group.title", "id", "title_en", "false", "title_fr", "fr_unofficial", "annex_group"));
        texts.addAll(texts("annotation.text", "id", "text_en", "false", "text_fr", "fr_unofficial", "annotation"));
        texts.addAll(texts(
                "source_document.title", "id", "title_en", "en_unofficial", "title_fr", "false", "source_document"));
        return texts;
    }

    private List<Text> textsAfter() {
        List<Text> texts = new ArrayList<>();
        for (String[] column : new String[][] {
            {"practice", "title", "id"},
            {"practice", "description", "id"},
            {"practice", "status_note", "id"},
            {"instrument", "title", "id"},
            {"theme", "title", "id"},
            {"theme", "text", "id"},
            {"theme", "summary", "id"},
            {"theme_note", "text", "theme_id || '/' || number"},
            {"practice_gap", "title", "id"},
            {"guiding_question", "text", "id"},
            {"practice_group", "title", "id"},
            {"annex_group", "title", "id"},
            {"annotation", "text", "id"},
            {"source_document", "title", "id"}
        }) {
            texts.addAll(jdbc.sql("""
                            select %3$s as key, t.key as language, t.value ->> 'text' as text,
                                   coalesce((t.value ->> 'unofficial')::boolean, false) as unofficial
                            from %4$s.%1$s, jsonb_each(%2$s) t""".formatted(column[0], column[1], column[2], SCHEMA))
                    .query((rs, n) -> new Text(
                            column[0] + "." + column[1],
                            rs.getString("key"),
                            rs.getString("language"),
                            rs.getString("text"),
                            rs.getBoolean("unofficial")))
                    .list());
        }
        return texts;
    }

    /** The English and French texts of one column pair, each present one a {@link Text}. */
    private List<Text> texts(
            String name, String key, String en, String enFlag, String fr, String frFlag, String table) {
        return jdbc.sql("""
                        select %1$s as key, 'en' as language, %2$s as text, %3$s as unofficial from %7$s.%6$s
                        where %2$s is not null
                        union all
                        select %1$s, 'fr', %4$s, %5$s from %7$s.%6$s where %4$s is not null""".formatted(key, en, enFlag, fr, frFlag, table, SCHEMA))
                .query((rs, n) -> new Text(
                        name, rs.getString("key"), rs.getString("language"), rs.getString("text"), rs.getBoolean(4)))
                .list();
    }

    private String firstPractice() {
        return jdbc.sql("select min(id)::text from " + SCHEMA + ".practice")
                .query(String.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + SCHEMA + "." + table)
                .query(Long.class)
                .single();
    }

    private String snapshots() {
        return jdbc.sql("select string_agg(snapshot::text, '|' order by id) from " + SCHEMA + ".entry_revision")
                .query(String.class)
                .optional()
                .orElse("");
    }
}
