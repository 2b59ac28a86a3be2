package org.rt2kb.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.Pages.page;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The list of themes and the page of one theme. */
@CatalogueTest
class ThemePagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldListTheSevenThemesWithTheirSubThemesAndTheCrossCuttingPriorities() {
        Document page = page(mvc, "/themes");

        assertThat(page.select("ol.theme-cards > li > h3")).hasSize(7);
        assertThat(page.select("ol.theme-cards .sub-themes h3")).hasSize(2);
        assertThat(page.select("#cross-cutting ~ ol > li")).hasSize(3);
        assertThat(page.select("a[href=/practices?theme=health]").first().text())
                .isEqualTo("12 practices");
    }

    @Test
    void shouldGiveEachThemeOneLineAndThePapersOtherPartsTheirOwnEntries() {
        Document page = page(mvc, "/themes");

        // One sentence per theme, not its whole summary.
        assertThat(page.select("ol.theme-cards > li > p:not(.meta) > span[lang]")
                        .eachText())
                .hasSize(7)
                .allSatisfy(
                        line -> assertThat(line).hasSizeLessThanOrEqualTo(202).doesNotContain(". "));
        assertThat(page.select("#paper a[href^=/themes/]").eachAttr("href"))
                .contains(
                        "/themes/introduction-migration-development-human-rights",
                        "/themes/ideas-for-action",
                        "/themes/guiding-questions");
        assertThat(page.select("nav.site-nav a[href=/themes#paper]")).hasSize(1);
    }

    @Test
    void shouldOfferATableOfContentsAndLinkTheInstrumentCodesOfTheNotes() {
        Document page = page(mvc, "/themes/accountability");

        for (String target : page.select("nav.toc a").eachAttr("href")) {
            assertThat(page.select(target)).as(target).hasSize(1);
        }
        assertThat(page.select("nav.toc a").eachAttr("href")).contains("#paper-title", "#notes-title", "#cite-title");
        assertThat(page.select(".notes li#note-7 a").eachAttr("href"))
                .contains("/instruments/c029", "/instruments/p029");
    }

    @Test
    void shouldShowThePapersTextWithLinkedNotesAndTheEnglishSummary() {
        Document page = page(mvc, "/themes/accountability");

        assertThat(page.select("h1").text()).startsWith("Accountability");
        assertThat(page.select(".summary p[lang=en]").text()).isNotBlank();
        assertThat(page.select(".paper[lang=fr] p")).isNotEmpty();
        assertThat(page.select(".paper sup a[href=#note-7]")).hasSize(1);
        assertThat(page.select(".notes li#note-7").text()).startsWith("Voir C029");
    }

    @Test
    void shouldShowThePracticesAndInstrumentsOfATheme() {
        Document page = page(mvc, "/themes/health");

        assertThat(page.select("#practices-title + ul > li")).hasSize(12);
        assertThat(page.select("#instruments-title + ul > li")).hasSize(3);
        assertThat(page.select(".meta a[href=/themes/social-protection]").text())
                .isEqualTo("Social protection");
    }

    @Test
    void shouldShowTheGapsOfSectionFourBesideTheThemesTheyConcern() {
        Document gaps = page(mvc, "/themes/ideas-for-action");

        assertThat(gaps.select(".gaps li")).hasSize(5);
        assertThat(gaps.select("h1").text()).isNotBlank();
    }

    @Test
    void shouldPutThePapersTextBeforeTheEnglishSummaryForFrenchReaders() {
        Document french = page(mvc, "/themes/health", "fr", HttpStatus.OK);
        Document english = page(mvc, "/themes/health");

        assertThat(french.select("h1 span[lang=fr]").text()).isEqualTo("Accès à la santé");
        assertThat(french.select("main section.paper, main section.summary").eachAttr("class"))
                .containsExactly("paper", "summary");
        assertThat(french.select("#summary-title").text()).isEqualTo("Résumé en anglais");
        assertThat(french.select(".summary .tag").eachText()).containsExactly("traduction non officielle");
        assertThat(english.select("main section.paper, main section.summary").eachAttr("class"))
                .containsExactly("summary", "paper");
        assertThat(english.select("#summary-title").text()).isEqualTo("Summary");
    }

    @Test
    void shouldAnswerAnUnknownThemeWithTheNotFoundPage() {
        page(mvc, "/themes/nothing", "en", HttpStatus.NOT_FOUND);
    }
}
