package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The API and the pages load in a fixed number of SQL statements, however many entries they show (no N+1). Counts
 * every statement sent to the database, through Hibernate or plain JDBC.
 */
@CatalogueTest
class QueryCountTest {

    /** An entry's answer reads each of its tag lists (GCM objectives and principles, SDG targets) once. */
    private static final long MAX_API_STATEMENTS = 13;
    /** An entry's page reads each of its tag lists and their titles (GCM objectives and principles, SDG targets). */
    private static final long MAX_PAGE_STATEMENTS = 18;
    /** An entry's form reads each of its tag lists (objectives, principles, targets, concepts) and their choices. */
    private static final long MAX_ADMIN_STATEMENTS = 22;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/practices?size=1000",
                "/api/instruments?size=1000",
                "/api/themes?size=1000",
                "/api/practices/recruitment-advisor",
                "/api/instruments/c189",
                "/api/themes/ideas-for-action"
            })
    void shouldAnswerTheApiInAFewStatements(String uri) {
        assertThat(statementsFor(uri)).as(uri).isLessThanOrEqualTo(MAX_API_STATEMENTS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/themes",
                "/themes/health",
                "/themes/ideas-for-action",
                "/practices",
                "/practices?theme=health&country=PT&sort=title",
                "/practices/recruitment-advisor",
                "/instruments",
                "/instruments?view=table&type=ilo-convention",
                "/instruments/c189",
                "/countries",
                "/countries/PT",
                "/coverage",
                "/about",
                "/search?q=health&type=practice",
                "/concepts",
                "/concepts/domestic-workers"
            })
    void shouldRenderEveryPageInAFewStatements(String uri) {
        assertThat(statementsFor(uri)).as(uri).isLessThanOrEqualTo(MAX_PAGE_STATEMENTS);
    }

    /** Admin pages may read more (every choice of a form, the entry's links, notes and history), but never per row. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin",
                "/admin/practices",
                "/admin/review",
                "/admin/history",
                "/admin/practices/new",
                "/admin/instruments/new",
                "/admin/themes/new",
                "/admin/concepts",
                "/admin/reference/countries"
            })
    void shouldRenderEveryAdminPageInAFewStatements(String uri) {
        StatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(user("counter").roles("ADMIN")).exchange())
                .hasStatusOk();
        assertThat(StatementCounter.count()).as(uri).isLessThanOrEqualTo(MAX_ADMIN_STATEMENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/practices/%d", "/admin/entries/%d/history", "/admin/entries/%d/links/new"})
    void shouldRenderAnEntrysAdminPagesInAFewStatements(String pattern) {
        long id = jdbc.sql("select id from entry where slug = 'recruitment-advisor'")
                .query(Long.class)
                .single();
        String uri = pattern.formatted(id);
        StatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(user("counter").roles("EDITOR")).exchange())
                .hasStatusOk();
        assertThat(StatementCounter.count()).as(uri).isLessThanOrEqualTo(MAX_ADMIN_STATEMENTS);
    }

    private long statementsFor(String uri) {
        StatementCounter.reset();
        assertThat(mvc.get().uri(uri).exchange()).hasStatusOk();
        return StatementCounter.count();
    }
}
