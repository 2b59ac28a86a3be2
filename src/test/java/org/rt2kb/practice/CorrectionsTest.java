package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.MovableClock;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Corrections to published entries suggested by readers: the link on every entry's page, the form and its
 * protections, the secretariat's queue beside the entry, and closing a correction.
 */
@CatalogueTest
class CorrectionsTest {

    static final RequestPostProcessor ANA = user("ana").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SuggestionStamps stamps;

    @Autowired
    MovableClock clock;

    @AfterEach
    void removeCorrections() {
        clock.reset();
        jdbc.sql("delete from entry_correction").update();
    }

    /** A published entry of the type: its id and slug. */
    record Published(long id, String slug) {}

    @ParameterizedTest
    @ValueSource(strings = {"practice", "instrument", "theme"})
    void shouldLinkEachEntryToItsFormAndPutTheCorrectionBesideTheEntryInTheQueue(String type) {
        Published entry = published(type);
        Document page = Pages.page(mvc, "/" + type + "s/" + entry.slug());
        Element link = page.selectFirst("main .correct-link a");
        assertThat(link.text()).isEqualTo("Suggest a correction");
        assertThat(link.attr("href")).isEqualTo("/suggest/correction?entry=" + type + ":" + entry.slug());

        Document form = Pages.page(mvc, link.attr("href"), "fr", HttpStatus.OK);
        assertThat(form.select("h1").text()).isEqualTo("Proposer une correction");
        assertThat(form.select(".correction-target a").attr("href")).isEqualTo("/" + type + "s/" + entry.slug());
        assertThat(form.select("input[name=entry]").val()).isEqualTo(type + ":" + entry.slug());
        assertThat(form.select("form.correction-form input[name=_csrf]")).hasSize(1);
        assertThat(form.select("input[name=stamp]").val()).matches("\\d+\\.[A-Za-z0-9_-]+");
        assertThat(form.select("input[name=website]").attr("tabindex")).isEqualTo("-1");
        assertThat(form.select("#part option").eachText()).contains("Les dates et les années", "Autre chose");

        Map<String, String> fields = correction(type + ":" + entry.slug());
        MvcTestResult sent = send(fields, "198.51.100.1", "en");
        assertThat(sent).hasStatus(HttpStatus.FOUND);
        assertThat(sent.getResponse().getRedirectedUrl())
                .isEqualTo("/suggest/correction/thanks?entry=" + type + ":" + entry.slug());
        Document thanks = Pages.page(mvc, sent.getResponse().getRedirectedUrl());
        assertThat(thanks.select("h1").text()).isEqualTo("Thank you for your correction");
        assertThat(thanks.select("main a").attr("href")).isEqualTo("/" + type + "s/" + entry.slug());

        Document dashboard = admin("/admin");
        Element item = dashboard.selectFirst(".correction-queue article.correction");
        String adminHref = "/admin/" + type + "s/" + entry.id();
        assertThat(item.select("h3 a").attr("href")).isEqualTo(adminHref);
        assertThat(item.select("h3 .tag").text())
                .isEqualTo(Map.of("practice", "Practice", "instrument", "Instrument", "theme", "Theme")
                        .get(type));
        assertThat(item.select(".meta a").eachAttr("href"))
                .containsExactly("/" + type + "s/" + entry.slug(), adminHref);
        assertThat(item.select("dd").eachText())
                .contains(
                        "Dates and years",
                        "The year is wrong.",
                        "It started in 2019, as the ministry's report says.",
                        "Ana Lopez · ana@example.org");

        Document form2 = admin(adminHref);
        Element beside = form2.selectFirst(".beside aside.corrections");
        assertThat(beside.select("h2").text()).isEqualTo("1 correction suggested");
        assertThat(beside.select(".correction-proposal").text())
                .isEqualTo("It started in 2019, as the ministry's report says.");
        assertThat(beside.select("input[name=back]").val()).isEqualTo("entry");
    }

    @Test
    void shouldLetEditorsResolveOrDismissACorrectionOnce() {
        Published practice = published("practice");
        assertThat(send(correction("practice:" + practice.slug()), "198.51.100.2", "en"))
                .hasStatus(HttpStatus.FOUND);
        Map<String, String> anonymous = correction("practice:" + practice.slug());
        anonymous.remove("name");
        anonymous.remove("email");
        anonymous.put("problem", "The link to the programme is broken.");
        anonymous.put("part", "links");
        assertThat(send(anonymous, "198.51.100.2", "en")).hasStatus(HttpStatus.FOUND);
        List<Long> ids = jdbc.sql("select id from entry_correction order by id")
                .query(Long.class)
                .list();
        assertThat(admin("/admin").select(".correction-queue .correction-from").eachText())
                .containsExactly("Ana Lopez · ana@example.org", "Not given");

        MvcTestResult dismissed = close(ids.get(0), "DISMISSED", null);
        assertThat(dismissed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
        assertThat(dismissed.getMvcResult().getFlashMap().get("done")).isEqualTo("admin.flash.correction.dismissed");
        assertThat(jdbc.sql("select closed_as || ' ' || closed_by from entry_correction where id = ?")
                        .param(ids.get(0))
                        .query(String.class)
                        .single())
                .isEqualTo("dismissed ana");
        MvcTestResult resolved = close(ids.get(1), "RESOLVED", "entry");
        assertThat(resolved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/practices/" + practice.id());
        assertThat(admin("/admin").select(".correction-queue").text()).contains("No correction is waiting.");
        assertThat(admin("/admin/practices/" + practice.id()).select("aside.corrections"))
                .isEmpty();

        assertThat(close(ids.get(1), "DISMISSED", null)
                        .getMvcResult()
                        .getFlashMap()
                        .get("problem"))
                .isEqualTo("admin.flash.correction-closed");
        assertThat(close(999_999, "RESOLVED", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(close(ids.get(0), "forgotten", null)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post()
                        .uri("/admin/corrections/" + ids.get(0) + "/close")
                        .param("as", "RESOLVED")
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldAnswerUnknownEntriesWithAMessageNotAFailure() {
        assertThat(Pages.page(mvc, "/suggest/correction?entry=practice:no-such-practice", "en", HttpStatus.NOT_FOUND)
                        .select("h1")
                        .text())
                .isNotBlank();
        Document malformed = Pages.page(mvc, "/suggest/correction?entry=dossier:x", "en", HttpStatus.BAD_REQUEST);
        assertThat(malformed.select(".detail").text())
                .isEqualTo("Parameter 'entry': 'dossier:x' is not an entry; write it as practice:slug,"
                        + " instrument:slug or theme:slug.");
        Pages.page(mvc, "/suggest/correction", "en", HttpStatus.BAD_REQUEST);
        String draft = jdbc.sql(
                        "select slug from entry where entry_type = 'practice' and status <> 'published' limit 1")
                .query(String.class)
                .optional()
                .orElse(null);
        if (draft != null) {
            Pages.page(mvc, "/suggest/correction?entry=practice:" + draft, "en", HttpStatus.NOT_FOUND);
        }

        for (String entry : List.of("practice:no-such-practice", "entry:1", "")) {
            MvcTestResult result = send(correction(entry), "198.51.100.3", "fr");
            assertThat(result).as(entry).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            Document page = Pages.parse(result);
            assertThat(page.select(".error-summary li").eachText())
                    .as(entry)
                    .containsExactly(
                            entry.isEmpty()
                                    ? "Fiche : Ce champ est obligatoire."
                                    : "Fiche : Cette fiche ne figure pas, ou plus, dans le catalogue publié."
                                            + " Revenez à sa page et réessayez.");
            assertThat(page.select("#problem").text()).isEqualTo("The year is wrong.");
        }
        assertThat(corrections()).isZero();
    }

    @Test
    void shouldExplainBadFieldsAndTurnRobotsAwayAsThePracticeFormDoes() {
        String entry = "instrument:" + published("instrument").slug();
        Map<String, String> bad = correction(entry);
        bad.put("problem", " ");
        bad.put("part", "everything");
        bad.put("email", "not-an-address");
        bad.put("proposal", "x".repeat(5_001));
        MvcTestResult refused = send(bad, "198.51.100.4", "es");
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(refused);
        assertThat(page.select("#problem-error").text()).isEqualTo("Este campo es obligatorio.");
        assertThat(page.select("#part-error").text()).isEqualTo("Elija entre las opciones ofrecidas.");
        assertThat(page.select("#email-error").text()).isNotBlank();
        assertThat(page.select("#proposal-error").text()).isNotBlank();
        assertThat(page.select(".correction-target a").attr("href")).startsWith("/instruments/");

        Map<String, String> trapped = correction(entry);
        trapped.put("website", "https://spam.example");
        assertThat(send(trapped, "198.51.100.4", "en"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/suggest/correction/thanks");
        assertThat(send(correction(entry), "198.51.100.4", "en", stamps.issue()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/suggest/correction/thanks");
        MvcTestResult stale = send(correction(entry), "198.51.100.4", "en", "1700000000000.bm90LXNpZ25lZA");
        assertThat(stale).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(stale).select(".notice").text()).startsWith("This form was open for too long");
        assertThat(mvc.post()
                        .uri("/suggest/correction")
                        .params(params(
                                correction(entry), stamps.issue(clock.instant().minusSeconds(10))))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(corrections()).isZero();

        // Two robots' forms counted already: three more suggestions of either kind, then the hour is full.
        assertThat(send(correction(entry), "198.51.100.4", "en")).hasStatus(HttpStatus.FOUND);
        assertThat(send(correction(entry), "198.51.100.4", "en")).hasStatus(HttpStatus.FOUND);
        assertThat(send(correction(entry), "198.51.100.4", "en")).hasStatus(HttpStatus.FOUND);
        MvcTestResult sixth = send(correction(entry), "198.51.100.4", "en");
        assertThat(sixth).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(sixth.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(corrections()).isEqualTo(3);
    }

    @Test
    void shouldKeepTheSendersContactOffThePublicPage() throws Exception {
        Published practice = published("practice");
        assertThat(send(correction("practice:" + practice.slug()), "198.51.100.5", "en"))
                .hasStatus(HttpStatus.FOUND);
        MvcTestResult page = mvc.get().uri("/practices/" + practice.slug()).exchange();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("Ana Lopez").doesNotContain("ana@example.org");
    }

    @Test
    void shouldSayOnTheAboutPageWhatCanBeSuggested() {
        Element english = Pages.page(mvc, "/about").selectFirst("section[aria-labelledby=suggest-title]");
        assertThat(english.select("h2").text()).isEqualTo("What you can suggest");
        assertThat(english.text())
                .contains("promising practice", "roundtable themes", "objectives of the Global Compact for Migration")
                .contains("correction to any published entry, whether a theme, a practice or an instrument")
                .contains("“Suggest a correction”")
                .contains("New instruments are not taken");
        Element french =
                Pages.page(mvc, "/about", "fr", HttpStatus.OK).selectFirst("section[aria-labelledby=suggest-title]");
        assertThat(french.select("h2").text()).isEqualTo("Ce que vous pouvez proposer");
        assertThat(french.text()).contains("« Proposer une correction »", "thèmes de la table ronde");
        Element spanish =
                Pages.page(mvc, "/about", "es", HttpStatus.OK).selectFirst("section[aria-labelledby=suggest-title]");
        assertThat(spanish.select("h2").text()).isEqualTo("Lo que puede proponer");
        assertThat(spanish.text()).contains("«Proponer una corrección»", "Pacto Mundial para la Migración");
    }

    private Published published(String type) {
        return jdbc.sql("select id, slug from entry where entry_type = ? and status = 'published' order by id limit 1")
                .param(type)
                .query((rs, n) -> new Published(rs.getLong("id"), rs.getString("slug")))
                .single();
    }

    private long corrections() {
        return jdbc.sql("select count(*) from entry_correction")
                .query(Long.class)
                .single();
    }

    private Document admin(String uri) {
        return Pages.parse(
                mvc.get().uri(uri).header("Accept-Language", "en").with(ANA).exchange());
    }

    private MvcTestResult close(long id, String outcome, String back) {
        var request = mvc.post()
                .uri("/admin/corrections/" + id + "/close")
                .param("as", outcome)
                .with(csrf())
                .with(ANA);
        return back == null ? request.exchange() : request.param("back", back).exchange();
    }

    private static Map<String, String> correction(String entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("entry", entry);
        fields.put("part", "dates");
        fields.put("problem", "The year is wrong.");
        fields.put("proposal", "It started in 2019, as the ministry's report says.");
        fields.put("name", "Ana Lopez");
        fields.put("email", "ana@example.org");
        return fields;
    }

    /** Sends the form as a person would: shown ten seconds earlier, from the address given. */
    private MvcTestResult send(Map<String, String> fields, String address, String language) {
        return send(fields, address, language, stamps.issue(clock.instant().minusSeconds(10)));
    }

    private MvcTestResult send(Map<String, String> fields, String address, String language, String stamp) {
        return mvc.post()
                .uri("/suggest/correction")
                .params(params(fields, stamp))
                .header("Accept-Language", language)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .exchange();
    }

    private static LinkedMultiValueMap<String, String> params(Map<String, String> fields, String stamp) {
        var params = new LinkedMultiValueMap<String, String>();
        fields.forEach(params::add);
        params.add("stamp", stamp);
        return params;
    }
}
