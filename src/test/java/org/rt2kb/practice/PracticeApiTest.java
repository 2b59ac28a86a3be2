package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.ApiAssertions.body;
import static org.rt2kb.support.ApiAssertions.get;
import static org.rt2kb.support.ApiAssertions.getInFrench;
import static org.rt2kb.support.ApiAssertions.slugsReadOn;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CatalogueTest
class PracticeApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldListEveryPracticeWithItsPublicFields() {
        var result = get(mvc, "/api/practices");

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(34);
        assertThat(result).bodyJson().extractingPath("$.items.length()").isEqualTo(34);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.items[0].slug")
                .isEqualTo("finland-healthcare-undocumented-migrants");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.items[0].countries[0].nameFr")
                .isEqualTo("Finlande");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.items[0].statusNote.en")
                .asString()
                .contains("roll back");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.items[0].provenance.caveatEn")
                .asString()
                .contains("not been independently verified");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.items[0].themes")
                .asArray()
                .contains("health");
    }

    @Test
    void shouldPageWithSizeUpToAThousand() {
        var page = get(mvc, "/api/practices?page=2&size=10");

        assertThat(page).bodyJson().extractingPath("$.items.length()").isEqualTo(10);
        assertThat(page).bodyJson().extractingPath("$.items[0].number").isEqualTo(21);
        assertThat(page).bodyJson().extractingPath("$.totalPages").isEqualTo(4);
        assertThat(get(mvc, "/api/practices?size=1000")).hasStatusOk();
        assertThat(get(mvc, "/api/practices?size=1001"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("size");
        assertThat(get(mvc, "/api/practices?page=-1"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("page");
    }

    @Test
    void shouldReadOnFromCursorsThroughTheWholeListInItsOrder() throws Exception {
        for (String filter : new String[] {"", "&group=access-to-healthcare", "&theme=regularisation"}) {
            List<String> all = JsonPath.read(body(mvc, "/api/practices?size=1000" + filter), "$.items[*].slug");

            assertThat(slugsReadOn(mvc, "/api/practices?lang=en" + filter, 3))
                    .as(filter)
                    .hasSizeGreaterThan(3)
                    .isEqualTo(all);
        }
    }

    @Test
    void shouldReadEveryPageByNumberInTheListsOrderAndNothingPastTheEnd() throws Exception {
        String group = "&group=access-to-healthcare";
        List<String> all = JsonPath.read(body(mvc, "/api/practices?size=1000" + group), "$.items[*].slug");
        List<String> paged = new ArrayList<>();
        int pages = (all.size() + 2) / 3;
        for (int page = 0; page < pages; page++) {
            String json = body(mvc, "/api/practices?size=3&page=" + page + group);
            paged.addAll(JsonPath.read(json, "$.items[*].slug"));
            boolean last = page == pages - 1;
            assertThat((Object) JsonPath.read(json, "$.next"))
                    .as("page %d", page)
                    .matches(next -> (next == null) == last);
        }

        assertThat(all).hasSizeGreaterThan(6);
        assertThat(paged).isEqualTo(all);
        assertThat(get(mvc, "/api/practices?size=3&page=" + pages + group))
                .bodyJson()
                .extractingPath("$.items")
                .asArray()
                .isEmpty();
    }

    @Test
    void shouldRefuseACursorItDidNotGiveOrBesideAPage() throws Exception {
        assertThat(get(mvc, "/api/practices?after=not-a-cursor"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("after");
        for (String edge : new String[] {"9223372036854775807:9223372036854775807", "-9223372036854775808:0"}) {
            String token = Base64.getUrlEncoder().encodeToString(edge.getBytes(StandardCharsets.UTF_8));
            assertThat(get(mvc, "/api/practices?after=" + token)).as(edge).hasStatusOk();
        }
        String next = JsonPath.read(body(mvc, "/api/practices?size=2"), "$.next");
        assertThat(get(mvc, "/api/practices?page=1&after=" + next))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("page");
        assertThat(getInFrench(mvc, "/api/practices?after=été"))
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("Paramètre « after » : « été » n’est pas un curseur");
    }

    @Test
    void shouldFilterByThemeGroupCountryAndYear() {
        assertThat(get(mvc, "/api/practices?group=access-to-healthcare"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(8);
        assertThat(get(mvc, "/api/practices?country=pt"))
                .bodyJson()
                .extractingPath("$.items[*].countries[*].code")
                .asArray()
                .contains("PT");
        assertThat(get(mvc, "/api/practices?country=PT"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(3);
        assertThat(get(mvc, "/api/practices?theme=regularisation"))
                .bodyJson()
                .extractingPath("$.items[*].slug")
                .asArray()
                .contains("ecuador-regularisation-venezuelans");
        var year = get(mvc, "/api/practices?year=2023&country=EC");
        assertThat(year).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(get(mvc, "/api/practices?year=2024&country=EC"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void shouldAnswerAnUnknownFilterValueWith400NamingTheParameter() {
        for (String query : new String[] {"theme=nowhere", "group=nothing", "country=XX", "year=twenty", "year=99"}) {
            var result = get(mvc, "/api/practices?" + query);
            assertThat(result)
                    .as(query)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(query.split("=")[0]);
        }
        assertThat(getInFrench(mvc, "/api/practices?country=XX"))
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Paramètre « country » : « XX » n’est pas une valeur connue.");
    }

    @Test
    void shouldShowOnePracticeWithItsLinksAndOnlyPublicAnnotations() {
        var result = get(mvc, "/api/practices/recruitment-advisor");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.practice.actor").isEqualTo("ILO and ITUC");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.links[?(@.relation == 'applies')].slug")
                .asArray()
                .contains("c181", "ilo-fair-recruitment-principles");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.annotations[*].kind")
                .asArray()
                .doesNotContain("curator-note");
    }

    @Test
    void shouldAnswerAnUnknownSlugWith404InTheUsersLanguage() {
        var result = getInFrench(mvc, "/api/practices/no-such-practice");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Il n’existe pas de pratique « no-such-practice ».");
    }

    @Test
    void shouldListTheCompendiumGroups() {
        assertThat(get(mvc, "/api/practice-groups"))
                .bodyJson()
                .extractingPath("$[*].slug")
                .asArray()
                .hasSize(6)
                .startsWith("access-to-healthcare");
    }
}
