package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.shared.Languages;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The language (English, French or Spanish): chosen with ?lang=, remembered in a cookie, otherwise the browser's,
 * otherwise English.
 */
@CatalogueTest
class LanguageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    @Test
    void shouldFollowTheBrowsersLanguageWhenNoneWasChosen() {
        assertThat(language(mvc.get()
                        .uri("/themes")
                        .header("Accept-Language", "fr-CH, en;q=0.5")
                        .exchange()))
                .isEqualTo("fr");
        assertThat(language(mvc.get()
                        .uri("/themes")
                        .header("Accept-Language", "de, fr;q=0.8")
                        .exchange()))
                .isEqualTo("fr");
        assertThat(language(mvc.get()
                        .uri("/themes")
                        .header("Accept-Language", "es-CO, en;q=0.5")
                        .exchange()))
                .isEqualTo("es");
        assertThat(language(
                        mvc.get().uri("/themes").header("Accept-Language", "de").exchange()))
                .isEqualTo("en");
        assertThat(language(mvc.get().uri("/themes").exchange())).isEqualTo("en");
    }

    @Test
    void shouldRememberTheLanguageChosenInTheAddress() {
        MvcTestResult chosen =
                mvc.get().uri("/themes?lang=fr").header("Accept-Language", "en").exchange();

        assertThat(language(chosen)).isEqualTo("fr");
        Cookie cookie = chosen.getResponse().getCookie("kb-lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("fr");
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
        assertThat(language(mvc.get()
                        .uri("/practices")
                        .header("Accept-Language", "en")
                        .cookie(cookie)
                        .exchange()))
                .isEqualTo("fr");
    }

    @Test
    void shouldWriteTheInterfaceAndTheTextsInSpanishWithTheirTranslationsMarked() {
        MvcTestResult chosen = mvc.get().uri("/themes/health?lang=es").exchange();
        Document page = Pages.parse(chosen);

        assertThat(chosen.getResponse().getCookie("kb-lang").getValue()).isEqualTo("es");
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("nav.site-nav a[href=/themes]").text())
                .isEqualTo(spanish("nav.themes"))
                .isNotEqualTo(messages.getMessage("nav.themes", null, Locale.ENGLISH));
        assertThat(page.select("h1 span[lang=es]").text()).isEqualTo("Acceso a la salud");
        assertThat(page.select("h1 .tag").eachText()).containsExactly(spanish("text.unofficial"));
        assertThat(page.select("section.paper").attr("lang")).isEqualTo("es");
        assertThat(page.select("section.paper .tag").eachText()).containsExactly(spanish("text.unofficial"));
        assertThat(page.select("nav.languages a").eachAttr("hreflang")).containsExactly("en", "fr", "es");
        assertThat(page.select("nav.languages a[aria-current=true]").text()).isEqualTo("Español");
    }

    @Test
    void shouldIgnoreALanguageItDoesNotHave() {
        MvcTestResult result =
                mvc.get().uri("/themes?lang=de").header("Accept-Language", "fr").exchange();

        assertThat(result).hasStatusOk();
        assertThat(language(result)).isEqualTo("fr");
        assertThat(result.getResponse().getCookie("kb-lang")).isNull();
        assertThat(language(mvc.get().uri("/themes?lang=%3Cscript%3E").exchange()))
                .isEqualTo("en");
    }

    @Test
    void shouldOfferTheSwitchToTheSamePageWithItsFilters() {
        Document page =
                Pages.parse(mvc.get().uri("/practices?country=FI&lang=fr").exchange());

        assertThat(page.select("nav.languages a[hreflang=en]").attr("href")).isEqualTo("/practices?country=FI&lang=en");
        assertThat(page.select("nav.languages a[aria-current=true]").text()).isEqualTo("Français");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/practices?country=FI");
    }

    @Test
    void shouldFormatNumbersAndDatesInTheReadersLanguage() {
        String adopted = "/instruments/udhr?lang=";

        assertThat(date(adopted + "fr")).isEqualTo("10 décembre 1948");
        assertThat(date(adopted + "en")).isEqualTo("December 10, 1948");
        assertThat(date(adopted + "es")).isEqualTo("10 de diciembre de 1948");
    }

    /** The first date an instrument's page gives: its adoption. */
    private String date(String uri) {
        return Pages.parse(mvc.get().uri(uri).exchange())
                .select("main time")
                .first()
                .text();
    }

    private String spanish(String key) {
        return messages.getMessage(key, null, Languages.SPANISH);
    }

    private static String language(MvcTestResult result) {
        return Pages.parse(result).select("html").attr("lang");
    }
}
