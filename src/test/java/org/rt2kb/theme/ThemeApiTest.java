package org.rt2kb.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.ApiAssertions.get;

import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CatalogueTest
class ThemeApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldListEverySectionInReadingOrder() {
        var result = get(mvc, "/api/themes");

        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(18);
        assertThat(result).bodyJson().extractingPath("$.items[0].section").isEqualTo("1.1");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.items[*].slug")
                .asArray()
                .contains(
                        "regular-pathways",
                        "borders",
                        "labour-rights",
                        "social-protection",
                        "health",
                        "housing",
                        "climate",
                        "accountability",
                        "evidence-based-narrative",
                        "participation-inclusion");
    }

    @Test
    void shouldShowAThemeWithItsTextSubThemesAndCitedInstruments() {
        var result = get(mvc, "/api/themes/regular-pathways");

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.theme.textFr")
                .asString()
                .contains("filières");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.children")
                .asArray()
                .containsExactly("labour-migration-agreements", "regularisation");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.links[?(@.relation == 'illustrates')].slug")
                .asArray()
                .isNotEmpty();
        assertThat(get(mvc, "/api/themes/health"))
                .bodyJson()
                .extractingPath("$.theme.parent")
                .isEqualTo("social-protection");
    }

    @Test
    void shouldShowTheGapsAndTheGuidingQuestions() {
        assertThat(get(mvc, "/api/themes/ideas-for-action"))
                .bodyJson()
                .extractingPath("$.gaps.length()")
                .isEqualTo(5);
        var questions = get(mvc, "/api/themes/guiding-questions");
        assertThat(questions)
                .bodyJson()
                .extractingPath("$.guidingQuestions.length()")
                .isEqualTo(3);
        assertThat(questions)
                .bodyJson()
                .extractingPath("$.guidingQuestions[2].themes")
                .asArray()
                .contains("borders");
    }

    @Test
    void shouldKeepFootnotesAsNotes() {
        var result = get(mvc, "/api/themes/accountability");

        assertThat(result)
                .bodyJson()
                .extractingPath("$.theme.notes[*].number")
                .asArray()
                .contains(7);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.theme.textFr")
                .asString()
                .contains("[^7]");
    }

    @Test
    void shouldAnswerAnUnknownThemeWith404() {
        assertThat(get(mvc, "/api/themes/nothing"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.slug")
                .isEqualTo("nothing");
    }
}
