package org.rt2kb.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Keeping entries in the dossier from their pages, arranging it, and sharing it by its address. */
@CatalogueTest
class DossierTest {

    @Autowired
    MockMvcTester mvc;

    /** The session cookie, as a browser keeps it (Spring Session reads the cookie, not MockMvc's session). */
    private final CookieJar session = new CookieJar();

    @Test
    void shouldKeepAnEntryWithItsButtonAndComeBackToThePage() {
        MvcTestResult kept = keep("instrument:c189", "add", "/instruments/c189?lang=en");

        assertThat(kept).hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().isEqualTo("/instruments/c189?lang=en");
        Document page = page("/instruments/c189");
        assertThat(page.select("#dossier-count").text()).isEqualTo("1");
        assertThat(page.select("form.keep button").attr("aria-pressed")).isEqualTo("true");
        assertThat(page.select("form.keep button").val()).isEqualTo("remove");

        keep("instrument:c189", "remove", "/instruments/c189");
        assertThat(page("/instruments/c189").select("#dossier-count").text()).isEqualTo("0");
    }

    @Test
    void shouldOfferTheButtonOnListsSearchResultsSectionsAndObjectives() {
        assertThat(page("/instruments").select("form.keep input[name=item]").eachAttr("value"))
                .contains("instrument:un-charter");
        assertThat(page("/practices").select("form.keep")).hasSize(20);
        assertThat(page("/search?q=domestic+workers")
                        .select("li.hit form.keep input[name=item]")
                        .eachAttr("value"))
                .contains("instrument:c189");
        assertThat(page("/themes/labour-rights")
                        .select("form.keep input[name=item]")
                        .val())
                .isEqualTo("theme:labour-rights");
        assertThat(page("/gcm/objectives/6")
                        .select("form.keep input[name=item]")
                        .val())
                .isEqualTo("objective:6");
        assertThat(page("/sdg/targets/8.8").select("form.keep")).isEmpty();
        assertThat(page("/themes").select("form.keep input[name=item]").eachAttr("value"))
                .contains("theme:labour-rights", "theme:health");
        assertThat(page("/countries/FI").select("form.keep input[name=item]").eachAttr("value"))
                .contains("practice:finland-healthcare-undocumented-migrants");
    }

    @Test
    void shouldAnswerAScriptWithTheNewStateInsteadOfARedirect() {
        MvcTestResult result = mvc.post()
                .uri("/dossier/items")
                .with(session)
                .accept(MediaType.APPLICATION_JSON)
                .param("item", "practice:finland-healthcare-undocumented-migrants")
                .exchange();
        session.keep(result);

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.kept").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(1);
    }

    @Test
    void shouldReorderGroupAnnotateAndClearTheDossier() {
        keep("practice:finland-healthcare-undocumented-migrants", "add", "/");
        keep("instrument:c189", "add", "/");
        keep("theme:labour-rights", "add", "/");

        arrange(Map.of("op", "up:instrument:c189", "note.instrument:c189", "Cite art. 9 on documents"));
        Document page = page("/dossier");
        assertThat(page.select("ol.dossier-items > li").eachAttr("id"))
                .containsExactly(
                        "item-instrument-c189",
                        "item-practice-finland-healthcare-undocumented-migrants",
                        "item-theme-labour-rights");
        assertThat(page.select("#item-instrument-c189 textarea").text()).isEqualTo("Cite art. 9 on documents");
        assertThat(page.select("#item-instrument-c189 .citation").text())
                .startsWith("ILO Domestic Workers Convention, 2011 (No. 189)");

        arrange(Map.of("op", "group", "group", "type", "note.instrument:c189", "Cite art. 9 on documents"));
        assertThat(page("/dossier").select(".dossier-group h2").eachText())
                .containsExactly("Instruments", "Practices", "Sections of the paper");

        arrange(Map.of("op", "group", "group", "theme"));
        // Each under its first theme in the paper's order: the section under itself (2.3), the Finnish practice
        // under social protection (2.4), the Convention under the theme whose passage cites it (3.1).
        Document byTheme = page("/dossier");
        assertThat(byTheme.select(".dossier-group h2").eachText())
                .containsExactly(
                        "The right to work and labour rights",
                        "Social protection",
                        "Accountability, implementation and enforceability");
        assertThat(byTheme.select(".dossier-group").last().select("li").eachAttr("id"))
                .containsExactly("item-instrument-c189");

        arrange(Map.of("op", "remove:theme:labour-rights"));
        assertThat(page("/dossier").select("#dossier-count").text()).isEqualTo("2");
        arrange(Map.of("op", "clear"));
        assertThat(page("/dossier").select(".empty").text()).startsWith("Your dossier is empty.");
    }

    @Test
    void shouldRebuildTheSameDossierFromItsAddressInAnotherBrowser() {
        keep("instrument:c189", "add", "/");
        keep("objective:6", "add", "/");
        arrange(Map.of("op", "save", "note.objective:6", "Recruitment fees & costs: 100% on employers"));
        String address = page("/dossier").select("#dossier-address").attr("href");
        assertThat(address)
                .isEqualTo("/dossier?items=instrument:c189,objective:6"
                        + "&note.objective:6=Recruitment%20fees%20%26%20costs:%20100%25%20on%20employers");

        Document shared = Pages.parse(mvc.get().uri(URI.create(address)).exchange());
        assertThat(shared.select("h1").text()).isEqualTo("Shared dossier");
        assertThat(shared.select("ol.dossier-items > li h3").eachText())
                .containsExactly(
                        "Domestic Workers Convention, 2011 (No. 189)",
                        "6. Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work");
        assertThat(shared.select(".note").text()).isEqualTo("Recruitment fees & costs: 100% on employers");

        CookieJar other = new CookieJar();
        MvcTestResult adopted = mvc.post()
                .uri("/dossier/adopt")
                .with(other)
                .param("items", "instrument:c189,objective:6")
                .param("note.objective:6", "Recruitment fees")
                .exchange();
        other.keep(adopted);
        assertThat(adopted).hasStatus(HttpStatus.FOUND);
        assertThat(other.keep(mvc.get().uri("/dossier").with(other).exchange()))
                .bodyText()
                .contains("Recruitment fees", "Domestic Workers Convention");
    }

    @Test
    void shouldSetApartWhatIsNoLongerPublished() {
        Document page = Pages.page(mvc, "/dossier?items=instrument:c189,practice:no-such-practice");

        assertThat(page.select(".notice").text())
                .contains("One item is no longer published", "practice:no-such-practice");
        assertThat(page.select("ol.dossier-items > li")).hasSize(1);
    }

    @Test
    void shouldRefuseAMalformedDossierInTheReadersLanguage() {
        Document notAnItem = Pages.page(mvc, "/dossier?items=treaty:c189", "fr", HttpStatus.BAD_REQUEST);
        assertThat(notAnItem.text()).contains("« treaty:c189 » n’est pas un élément de dossier");

        Pages.page(mvc, "/dossier?items=instrument:c189&group=alphabet", "en", HttpStatus.BAD_REQUEST);
        Pages.page(
                mvc,
                "/dossier?items=instrument:c189&note.instrument:c189=" + "x".repeat(1_001),
                "en",
                HttpStatus.BAD_REQUEST);
        assertThat(Pages.page(mvc, "/dossier?items=instrument:c189,instrument:c189,")
                        .select("ol.dossier-items > li"))
                .hasSize(1);
        StringBuilder tooMany = new StringBuilder("/dossier?items=");
        for (int i = 0; i <= Dossier.MAX_ITEMS; i++) {
            tooMany.append("practice:p").append(i).append(',');
        }
        Pages.page(mvc, tooMany.toString(), "en", HttpStatus.BAD_REQUEST);

        MvcTestResult badOp = mvc.post()
                .uri("/dossier")
                .with(session)
                .param("op", "up:nothing")
                .exchange();
        assertThat(badOp).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldSayWhenTheDossierIsFullRatherThanComeBackAsIfKept() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < Dossier.MAX_ITEMS; i++) {
            items.append(i == 0 ? "" : ",").append("practice:p").append(i);
        }
        assertThat(session.keep(mvc.post()
                        .uri("/dossier/adopt")
                        .with(session)
                        .param("items", items.toString())
                        .exchange()))
                .hasStatus(HttpStatus.FOUND);

        MvcTestResult refused = keep("instrument:c189", "add", "/instruments/c189");
        assertThat(refused).redirectedUrl().isEqualTo("/dossier?full");
        assertThat(page("/dossier?full").select(".notice[role=alert]").text())
                .isEqualTo("Your dossier is full: it holds at most 500 items. Remove some to keep others, or export"
                        + " it and start another.");
        assertThat(page("/dossier").select("#dossier-count").text()).isEqualTo("500");
    }

    @Test
    void shouldNeverSendTheReaderToAnotherSite() {
        for (String back :
                new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"}) {
            assertThat(keep("instrument:c189", "add", back))
                    .redirectedUrl()
                    .as(back)
                    .isEqualTo("/dossier");
        }
    }

    private MvcTestResult keep(String item, String op, String back) {
        return session.keep(mvc.post()
                .uri("/dossier/items")
                .with(session)
                .accept(MediaType.TEXT_HTML)
                .param("item", item)
                .param("op", op)
                .param("back", back)
                .exchange());
    }

    private void arrange(Map<String, String> fields) {
        var request = mvc.post().uri("/dossier").with(session);
        fields.forEach(request::param);
        assertThat(session.keep(request.exchange())).hasStatus(HttpStatus.FOUND);
    }

    private Document page(String uri) {
        MvcTestResult result =
                mvc.get().uri(uri).with(session).header("Accept-Language", "en").exchange();
        assertThat(result).as(uri).hasStatus(HttpStatus.OK);
        return Pages.parse(result);
    }
}
