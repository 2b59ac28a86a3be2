package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.Pages.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Practices by country and the coverage matrix. */
@CatalogueTest
class PracticeMapsPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldGroupCountriesByContinentAndListGlobalActorsApart() {
        Document page = page(mvc, "/countries");

        assertThat(page.select(".country-grid li")).hasSize(23);
        assertThat(page.select("section:has(h2:contains(Europe)) .country-grid a[href=/countries/PT]")
                        .text())
                .isEqualTo("Portugal 3 practices");
        assertThat(page.select("#beyond-title ~ ul > li")).hasSize(5);
    }

    @Test
    void shouldListAPlacesPracticesAndTheRegionalOnesReachingIt() {
        Document page = page(mvc, "/countries/pt");

        assertThat(page.select("h1").text()).isEqualTo("Portugal");
        assertThat(page.select("#in-country ~ ol > li")).hasSize(3);
        assertThat(page.select("#wider ~ ul > li")).isNotEmpty();
        assertThat(page.select("a[href=/practices?country=PT]")).hasSize(1);
    }

    @Test
    void shouldShowACountryWithoutPracticesAndRefuseAnUnknownCode() {
        Document page = page(mvc, "/countries/NO", "fr", HttpStatus.OK);

        assertThat(page.select("h1").text()).isEqualTo("Norvège");
        assertThat(page.text()).contains("Le recueil n’a pas encore de pratique de ce pays.");
        page(mvc, "/countries/ZZ", "en", HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldCountPracticesPerThemeAndGroupAsTheListDoes() {
        Document page = page(mvc, "/coverage");

        Element cell = page.select("table.matrix a[href=/practices?theme=health&group=access-to-healthcare]")
                .first();
        Document list = page(mvc, cell.attr("href"));
        assertThat(list.select("ol.cards > li")).hasSize(Integer.parseInt(cell.text()));
        assertThat(page.select("table.matrix").first().select("tbody tr")).hasSize(12);
        assertThat(page.select("table.matrix td.thin")).isNotEmpty();
        assertThat(page.select("aside.gaps > ul > li")).hasSize(5);
    }
}
