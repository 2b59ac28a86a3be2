package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The API loads a list in a fixed number of SQL statements, however many entries it shows (no N+1). */
@CatalogueTest
class ApiQueryCountTest {

    private static final long MAX_STATEMENTS = 12;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory emf;

    @ParameterizedTest
    @ValueSource(strings = {"/api/practices?size=1000", "/api/instruments?size=1000", "/api/themes?size=1000",
            "/api/practices/recruitment-advisor", "/api/instruments/c189", "/api/themes/ideas-for-action"})
    void shouldAnswerInAFewStatements(String uri) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        assertThat(mvc.get().uri(uri).exchange()).hasStatusOk();

        assertThat(statistics.getPrepareStatementCount()).as(uri).isLessThanOrEqualTo(MAX_STATEMENTS);
    }
}
