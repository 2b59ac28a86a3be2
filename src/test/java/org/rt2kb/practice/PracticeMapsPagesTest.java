package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.ApiAssertions.body;
import static org.rt2kb.support.Pages.page;

import com.jayway.jsonpath.JsonPath;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
        assertThat(page.select("section.gaps > ol > li")).hasSize(5);
    }

    @Test
    void shouldDrawCoverageAsAHeatMapWithShortColumnNamesAndTheGapsMarked() {
        Document page = page(mvc, "/coverage", "fr", HttpStatus.OK);
        Element byGroup = page.select(".heat-map").first();

        Element health = byGroup.select("th.key a").first();
        assertThat(health.text()).isEqualTo("A");
        assertThat(health.attr("aria-label")).isEqualTo("Accès aux soins de santé");
        assertThat(byGroup.select("dl.keys dt#group-access-to-healthcare + dd").text())
                .isEqualTo("Accès aux soins de santé");
        // The largest count of a matrix is the darkest; an empty cell is not shaded.
        int most = byGroup.select("td[class^=shade] a").stream()
                .mapToInt(a -> Integer.parseInt(a.text()))
                .max()
                .orElseThrow();
        assertThat(byGroup.select("td.shade-5 a").eachText()).contains(String.valueOf(most));
        assertThat(byGroup.select("td.shade-0").eachText()).containsOnly("0");
        // The accountability theme is named by the first gap of Section 4.
        Element marker = byGroup.select("tbody th:has(a[href=/themes/accountability]) a.gap-marker")
                .first();
        assertThat(marker.attr("href")).isEqualTo("#gap-1");
        assertThat(page.select("#gap-1").text()).startsWith(marker.attr("title"));
    }

    @Test
    void shouldShadeEachCountryOnTheMapByItsPracticesAsTheApiCountsThem() throws Exception {
        Document page = page(mvc, "/countries");
        Elements shaded = page.select(".world-map svg a");
        Map<String, Integer> counts = new HashMap<>();
        for (Element row : page.select(".world-map table tbody tr")) {
            counts.put(
                    row.select("a").attr("href"),
                    Integer.parseInt(row.select("td.number").text()));
        }

        assertThat(counts).hasSize(23); // every country with practices, drawn or too small to draw
        assertThat(shaded).hasSize(22);
        for (Element country : shaded) {
            String code = country.attr("href").substring("/countries/".length());
            long total = JsonPath.parse(body(mvc, "/api/practices?size=1&country=" + code))
                    .read("$.total", Long.class);
            assertThat(counts.get(country.attr("href"))).as(code).isEqualTo((int) total);
            assertThat(country.select("title").text()).endsWith(total == 1 ? "1 practice" : total + " practices");
        }
        // Darker means more: shades never go down as counts go up, and the most practices get the darkest.
        List<Element> byCount = shaded.stream()
                .sorted(Comparator.comparing(a -> counts.get(a.attr("href"))))
                .toList();
        for (int i = 1; i < byCount.size(); i++) {
            assertThat(shade(byCount.get(i))).isGreaterThanOrEqualTo(shade(byCount.get(i - 1)));
        }
        assertThat(shade(byCount.get(byCount.size() - 1))).isEqualTo(5);
        assertThat(page.select(".world-map .land path")).hasSizeGreaterThan(140);
        assertThat(page.select(".world-map svg").attr("aria-labelledby")).isEqualTo("countries-map-caption");
        assertThat(page.select("#countries-map-caption").text()).isNotBlank();
        assertThat(page.select(".world-map .beyond a").eachText())
                .containsExactly("Regional actors: 3 practices", "Global actors: 2 practices");
    }

    private static int shade(Element link) {
        return Integer.parseInt(link.select("path").attr("class").substring("shade-".length()));
    }
}
