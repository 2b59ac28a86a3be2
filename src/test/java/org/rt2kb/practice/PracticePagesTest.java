package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.Pages.page;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The practices list with its facets, sorts and pages, and the page of one practice. */
@CatalogueTest
class PracticePagesTest {

    @Autowired
    MockMvcTester mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void shouldListEveryPracticeOnPagesOfTwenty() {
        Document first = page(mvc, "/practices");
        Document second = page(mvc, "/practices?page=2");

        assertThat(first.select("h2.result-count").text()).isEqualTo("34 practices");
        assertThat(cards(first)).hasSize(20);
        assertThat(cards(second)).hasSize(14);
        assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/practices?page=2");
        assertThat(titles(first).get(0)).isEqualTo("Finland widens healthcare coverage for undocumented migrants");
    }

    @Test
    void shouldCombineFacetsAndAgreeWithTheApi() {
        Document page = page(mvc, "/practices?theme=health&country=PT");

        assertThat(cards(page))
                .hasSize((int) apiTotal("/api/practices?theme=health&country=PT"))
                .isNotEmpty();
        assertThat(page.select(".facet a.selected"))
                .extracting(Element::text)
                .anySatisfy(text -> assertThat(text).startsWith("Portugal"))
                .anySatisfy(text -> assertThat(text).startsWith("Access to health"));
    }

    @Test
    void shouldCountEachFacetValueAsTheListItWouldGive() {
        Document page = page(mvc, "/practices?theme=health");

        Element group = option(page, "group=access-to-healthcare");
        long expected = apiTotal("/api/practices?theme=health&group=access-to-healthcare");
        assertThat(group.select(".count").text()).isEqualTo(String.valueOf(expected));
        assertThat(cards(page(mvc, group.attr("href")))).hasSize((int) expected);
    }

    @Test
    void shouldShowTheFirstChoicesOfALongFacetAndTheRestUnderMore() {
        Document page = page(mvc, "/practices?country=SE");

        for (Element facet : page.select("details.facet:not(:has(a[class*=depth-]))")) {
            assertThat(facet.select(":scope > ul > li").size()).isLessThanOrEqualTo(9);
        }
        // Sweden, chosen, is the only selected option of the page: its facet is the countries'.
        Element countries = page.select("details.facet:has(a.selected)").first();
        assertThat(countries.select(":scope > ul a.selected"))
                .as("the chosen one stays in view")
                .hasSize(1);
        assertThat(countries.select("details.more-options li")).isNotEmpty();
        // An SDG target's sentence is cut to one line, whole in its title.
        assertThat(page.select("details.facet a[href*=sdg=] span[lang]"))
                .isNotEmpty()
                .allSatisfy(label -> {
                    assertThat(label.text()).hasSizeLessThanOrEqualTo(60);
                    if (label.text().endsWith("...")) {
                        assertThat(label.attr("title")).startsWith(label.text().substring(0, 50));
                    }
                });
    }

    @Test
    void shouldNestTheRegionsUnderTheirContinentWithACountAtEachLevel() {
        Document page = page(mvc, "/practices");

        List<Element> regions = page.select("details.facet a[href~=[?&]region=\\d+$]");
        int europe = indexOf(regions, "region=150");
        int northernEurope = indexOf(regions, "region=154");
        assertThat(europe).isNotNegative();
        assertThat(northernEurope).isGreaterThan(europe);
        assertThat(regions.get(europe).hasClass("depth-1")).isFalse();
        assertThat(regions.get(northernEurope).hasClass("depth-1")).isTrue();
        for (int i = europe + 1; i < northernEurope; i++) {
            assertThat(regions.get(i).className())
                    .as("what lies between a continent and its sub-region")
                    .contains("depth-");
        }
        assertThat(regions.get(europe).select(".count").text()).isNotEmpty();
    }

    private static int indexOf(List<Element> options, String value) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).attr("href").endsWith(value)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void shouldOfferEveryValueOfAChosenFacetSoThatTwoCanBeCombined() {
        Document page = page(mvc, "/practices?country=FI");

        assertThat(option(page, "country=SE").select(".count").text()).isEqualTo("1");
        assertThat(cards(page(mvc, "/practices?country=FI&country=SE"))).hasSize(2);
    }

    @Test
    void shouldKeepPracticesRunningDuringTheChosenYears() {
        List<String> titles = titles(page(mvc, "/practices?from=2019&to=2020"));

        assertThat(titles)
                .contains("Portugal: temporary residence and vaccination for migrants during COVID-19")
                .doesNotContain(
                        "Finland widens healthcare coverage for undocumented migrants",
                        "Ecuador: regularisation of Venezuelan migrants (2022–2023)");
        assertThat(titles(page(mvc, "/practices?from=2023")))
                .contains(
                        "Ecuador: regularisation of Venezuelan migrants (2022–2023)",
                        "Finland widens healthcare coverage for undocumented migrants");
    }

    @Test
    void shouldFilterByRegionIncludingTheRegionsWithinIt() {
        int europe = cards(page(mvc, "/practices?region=150")).size();
        int northernEurope = cards(page(mvc, "/practices?region=154")).size();

        assertThat(northernEurope).isPositive();
        assertThat(europe).isGreaterThan(northernEurope);
    }

    @Test
    void shouldSortByTitleInTheReadersLanguage() {
        List<String> titles = titles(page(mvc, "/practices?sort=title", "fr", HttpStatus.OK));

        Collator french = Collator.getInstance(Locale.FRENCH);
        assertThat(titles).hasSize(20).isSortedAccordingTo(french);
    }

    @Test
    void shouldSortByYearNewestFirst() {
        Document page = page(mvc, "/practices?sort=year");

        assertThat(page.select(".sorts a[aria-current]").text()).isEqualTo("year");
        List<Integer> years = page.select("ol.cards > li .meta").eachText().stream()
                .map(meta -> meta.replaceAll(".*?(\\d{4}).*", "$1"))
                .filter(year -> year.matches("\\d{4}"))
                .map(Integer::valueOf)
                .toList();
        assertThat(years).hasSizeGreaterThan(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldSayWhichFilterToRelaxWhenNothingMatches() {
        Document page = page(mvc, "/practices?country=FI&theme=housing");

        assertThat(cards(page)).isEmpty();
        assertThat(page.select(".empty").text()).contains("Nothing matches all of these filters.");
        assertThat(page.select(".empty li a"))
                .extracting(Element::text)
                .contains("Remove the filter on theme to see 1 entry");
        assertThat(page.select(".empty li a:contains(theme)").attr("href")).isEqualTo("/practices?country=FI");
        assertThat(page.select(".empty li a:contains(country)").attr("href")).isEqualTo("/practices?theme=housing");
    }

    @Test
    void shouldIgnoreBadValuesWithANoticeInTheReadersLanguage() {
        Document page = page(mvc, "/practices?country=ZZ&page=abc&from=12&sort=colour", "fr", HttpStatus.OK);

        assertThat(page.select(".notice p"))
                .hasSize(4)
                .extracting(Element::text)
                .contains(
                        "La valeur « ZZ » du filtre pays est inconnue ; ce filtre a été ignoré.",
                        "« abc » n’est pas un numéro de page ; la première page est affichée.");
        assertThat(page.select("h2.result-count").text()).isEqualTo("34 pratiques");
    }

    @Test
    void shouldShowTheLastPageForAPageBeyondTheEnd() {
        Document page = page(mvc, "/practices?page=99");

        assertThat(cards(page)).hasSize(14);
        assertThat(page.select(".notice").text()).contains("There is no page 99");
    }

    @Test
    void shouldShowEveryFieldOfAPracticeWithItsProvenanceAndCitation() {
        Document page = page(mvc, "/practices/finland-healthcare-undocumented-migrants");

        assertThat(page.select("h1").text()).startsWith("Finland widens healthcare coverage");
        assertThat(page.select(".facts a[href=/countries/FI]").text()).isEqualTo("Finland");
        assertThat(page.select(".provenance").text()).contains("not independently verified");
        assertThat(page.select(".facts").text())
                .contains(
                        "National",
                        "Government",
                        "2022",
                        "(ongoing)",
                        "15. Provide access to basic services for migrants",
                        "Access to health");
        assertThat(page.select(".links a[href=/instruments/icescr]")).hasSize(1);
        assertThat(page.select(".annotation").text()).contains("Status update");
        assertThat(page.select(".cite .citation").first().text())
                .contains("http://localhost/practices/finland-healthcare-undocumented-migrants");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost/practices/finland-healthcare-undocumented-migrants");
    }

    @Test
    void shouldDescribeAPracticeForMachinesWithSchemaOrg() {
        Document page = page(mvc, "/practices/finland-healthcare-undocumented-migrants");

        JsonNode description =
                json.readTree(page.select("script[type=application/ld+json]").html());
        assertThat(description.get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(description.get("spatialCoverage").get(0).get("identifier").asString())
                .isEqualTo("FI");
        assertThat(description.get("temporalCoverage").asString()).isEqualTo("2022/..");
        assertThat(description.get("isBasedOn").get("datePublished").asString()).isEqualTo("2023");
        assertThat(description.get("keywords").get(0).asString()).isEqualTo("Access to health");
    }

    @Test
    void shouldDescribeAPracticeForSharingWithOpenGraphAndTwitterCards() {
        Document page = page(mvc, "/practices/finland-healthcare-undocumented-migrants", "fr", HttpStatus.OK);

        assertThat(page.select("meta[property=og:title]").attr("content"))
                .startsWith("La Finlande élargit la couverture santé");
        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost/practices/finland-healthcare-undocumented-migrants");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(page.select("meta[name=twitter:description]").attr("content"))
                .isNotBlank();
    }

    @Test
    void shouldShowFrenchContentToFrenchReaders() {
        Document page = page(mvc, "/practices/finland-healthcare-undocumented-migrants", "fr", HttpStatus.OK);

        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1 span[lang=fr]").text())
                .isEqualTo("La Finlande élargit la couverture santé des migrants sans papiers");
        assertThat(page.select("h1 .tag").text()).isEqualTo("traduction non officielle");
    }

    @Test
    void shouldAnswerAnUnknownPracticeWithTheNotFoundPage() {
        Document page = page(mvc, "/practices/nothing-here", "fr", HttpStatus.NOT_FOUND);

        assertThat(page.select("h1").text()).isEqualTo("Cette page n’existe pas");
    }

    private static List<Element> cards(Document page) {
        return page.select("ol.cards > li");
    }

    private static List<String> titles(Document page) {
        return page.select("ol.cards > li h3 a").eachText();
    }

    private static Element option(Document page, String query) {
        return page.select(".facet a[href*=" + query + "]").first();
    }

    private long apiTotal(String uri) {
        byte[] body = mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray();
        return json.readTree(body).get("total").asLong();
    }
}
