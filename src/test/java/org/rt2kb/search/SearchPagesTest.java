package org.rt2kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.Pages.page;

import java.net.URI;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The search page and the thesaurus pages. */
@CatalogueTest
class SearchPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldOfferTheSearchBoxOnEveryPage() {
        for (String uri : new String[] {"/", "/practices", "/instruments/c189", "/about"}) {
            assertThat(page(mvc, uri).select("header form[role=search] input[name=q]"))
                    .as(uri)
                    .hasSize(1);
        }
    }

    @Test
    void shouldListHitsWithHighlightsTypesAndFacets() {
        Document page = search("/search?q=travail%20domestique&lang=fr");

        assertThat(page.select("h2.result-count").text()).matches("\\d+ résultats? pour « travail domestique »");
        assertThat(page.select(".hits h3 a").eachAttr("href")).contains("/instruments/c189");
        assertThat(page.select(".hits .snippet mark")).isNotEmpty();
        assertThat(page.select(".hits .address").eachText()).contains("http://localhost/instruments/c189");
        assertThat(page.select("nav.types a").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Instruments"));
        assertThat(page.select(".facet h3").eachText()).isNotEmpty();
    }

    @Test
    void shouldNarrowByTypeAndKeepTheQuery() {
        Document all = search("/search?q=health");
        String instruments = all.select("nav.types a[href*=type=instrument]").attr("href");

        Document narrowed = search(instruments);
        assertThat(instruments).startsWith("/search?q=health&type=instrument");
        assertThat(narrowed.select(".hits .tag").eachText()).isNotEmpty().containsOnly("Instruments");
        assertThat(narrowed.select("form.years input[name=q]").val()).isEqualTo("health");
    }

    @Test
    void shouldProposeTheCorrectionOfAMisspeltWord() {
        Document page = search("/search?q=statelesness");

        assertThat(page.select(".notice a").text()).isEqualTo("statelessness");
        assertThat(page.select(".notice a").attr("href")).isEqualTo("/search?q=statelessness");
    }

    @Test
    void shouldInviteToTypeWhenTheQueryIsEmptyAndExplainWhenNothingMatches() {
        assertThat(search("/search").select("main p").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Type a few"));
        Document none = search("/search?q=qqqqqqqqqqqq%20zzzzzzzzzzzz");
        assertThat(none.select(".empty").text()).startsWith("Nothing matches");
    }

    @Test
    void shouldShowAConceptWithItsLabelsNeighboursAndEntries() {
        Document page = page(mvc, "/concepts/domestic-workers", "fr", HttpStatus.OK);

        assertThat(page.select("h1").text()).isEqualTo("travailleurs domestiques");
        assertThat(page.select("dd[lang=en]").first().text()).isEqualTo("domestic workers");
        assertThat(page.select("#entries-title ~ ul a").eachAttr("href")).contains("/instruments/c189");
        assertThat(page(mvc, "/concepts").select(".concept-tree > li")).hasSizeGreaterThanOrEqualTo(10);
        page(mvc, "/concepts/nothing", "en", HttpStatus.NOT_FOUND);
    }

    private Document search(String uri) {
        var result =
                mvc.get().uri(URI.create(uri)).header("Accept-Language", "en").exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Pages.parse(result);
    }
}
