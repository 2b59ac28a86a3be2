package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The API and the pages load in a fixed number of SQL statements, however many entries they show (no N+1). Counts
 * every statement sent to the database, through Hibernate or plain JDBC.
 */
@CatalogueTest
class QueryCountTest {

    private static final long MAX_API_STATEMENTS = 12;
    private static final long MAX_PAGE_STATEMENTS = 16;

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/api/practices?size=1000", "/api/instruments?size=1000", "/api/themes?size=1000",
            "/api/practices/recruitment-advisor", "/api/instruments/c189", "/api/themes/ideas-for-action"})
    void shouldAnswerTheApiInAFewStatements(String uri) {
        assertThat(statementsFor(uri)).as(uri).isLessThanOrEqualTo(MAX_API_STATEMENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/themes", "/themes/health", "/themes/ideas-for-action", "/practices",
            "/practices?theme=health&country=PT&sort=title", "/practices/recruitment-advisor", "/instruments",
            "/instruments?view=table&type=ilo-convention", "/instruments/c189", "/countries", "/countries/PT",
            "/coverage", "/about", "/search?q=health&type=practice", "/concepts", "/concepts/domestic-workers"})
    void shouldRenderEveryPageInAFewStatements(String uri) {
        assertThat(statementsFor(uri)).as(uri).isLessThanOrEqualTo(MAX_PAGE_STATEMENTS);
    }

    private long statementsFor(String uri) {
        StatementCounter.reset();
        assertThat(mvc.get().uri(uri).exchange()).hasStatusOk();
        return StatementCounter.count();
    }
}
