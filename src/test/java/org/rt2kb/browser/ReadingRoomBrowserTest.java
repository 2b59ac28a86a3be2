package org.rt2kb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rt2kb.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reading rooms in a real headless Chromium: every page type in each language passes axe (no serious or
 * critical WCAG 2.1 AA violation), fits a 375 px phone, prints without navigation, and a reader can go from a
 * theme to a practice to an instrument, switch language and filter a list. Screenshots and PDFs go to
 * {@code target/browser}.
 */
@ServerTest
class ReadingRoomBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void desktop() {
        browser.resize(1280, 1000);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "home,/,en",
        "home,/,fr",
        "themes,/themes,en",
        "themes,/themes,fr",
        "theme,/themes/health,en",
        "theme,/themes/health,fr",
        "practices,/practices,en",
        "practices,/practices,fr",
        "practices-filtered,/practices?theme=health&country=PT&sort=title,en",
        "practices-empty,/practices?country=FI&theme=housing&page=x,fr",
        "practice,/practices/finland-healthcare-undocumented-migrants,en",
        "practice,/practices/finland-healthcare-undocumented-migrants,fr",
        "instruments,/instruments,en",
        "instruments,/instruments,fr",
        "instruments-table,/instruments?view=table,en",
        "instruments-table,/instruments?view=table,fr",
        "instrument,/instruments/c181,en",
        "instrument,/instruments/c181,fr",
        "instrument-gcm,/instruments/gcm,fr",
        "gcm-objective,/gcm/objectives/6,en",
        "sdg-target,/sdg/targets/8.8,fr",
        "countries,/countries,en",
        "countries,/countries,fr",
        "country,/countries/PT,en",
        "country,/countries/PT,fr",
        "coverage,/coverage,en",
        "coverage,/coverage,fr",
        "about,/about,en",
        "about,/about,fr",
        "not-found,/nowhere,en",
        "not-found,/nowhere,fr",
        "search,/search?q=travailleurs%20domestiques,en",
        "search,/search?q=decent%20work,fr",
        "search-empty,/search?q=qqqqqq,en",
        "concepts,/concepts,fr",
        "concept,/concepts/domestic-workers,en",
        "home,/,es",
        "themes,/themes,es",
        "theme,/themes/health,es",
        "practices,/practices,es",
        "practice,/practices/finland-healthcare-undocumented-migrants,es",
        "instruments,/instruments,es",
        "instruments-table,/instruments?view=table,es",
        "instrument,/instruments/c181,es",
        "gcm-objective,/gcm/objectives/6,es",
        "countries,/countries,es",
        "country,/countries/PT,es",
        "coverage,/coverage,es",
        "about,/about,es",
        "not-found,/nowhere,es",
        "search,/search?q=trabajadores%20dom%C3%A9sticos,es",
        "concepts,/concepts,es",
        "concept,/concepts/domestic-workers,es",
        "suggest,/suggest,es"
    })
    void shouldPassAxeOnEveryPageTypeInEachLanguage(String name, String path, String language) throws IOException {
        open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);

        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo(language);
        browser.screenshot(name + "-" + language);
        assertThat(browser.seriousViolations()).as(path + " in " + language).isEmpty();
    }

    /** Guards the check itself: a page spoilt on purpose must fail it. */
    @Test
    void shouldSeeAViolationWhenThereIsOne() {
        open("/about?lang=en");
        browser.driver().executeScript("""
                const link = document.createElement('a');
                link.href = '/';
                link.appendChild(document.createElement('img'));
                document.querySelector('main').appendChild(link);
                """);

        assertThat(browser.seriousViolations()).anySatisfy(v -> assertThat(v).contains("link-name"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/practices",
                "/practices/finland-healthcare-undocumented-migrants",
                "/instruments?view=table",
                "/themes/health",
                "/coverage",
                "/countries",
                "/search?q=health"
            })
    void shouldFitAPhoneWithoutSidewaysScrolling(String path) throws IOException {
        browser.resize(375, 812);
        open(path + (path.contains("?") ? "&" : "?") + "lang=en");

        Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as(path).isLessThanOrEqualTo(375);
        browser.screenshot("phone" + (path.equals("/") ? "-home" : path.replaceAll("[^a-z0-9]+", "-")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/themes/health", "/practices/finland-healthcare-undocumented-migrants", "/instruments/c181"})
    void shouldPrintTheContentWithoutTheNavigation(String path) throws IOException {
        open(path + "?lang=en");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(display(".site-nav")).isEqualTo("none");
            assertThat(display(".crumbs")).isEqualTo("none");
            assertThat(display("main")).isNotEqualTo("none");
            assertThat(display("article")).isNotEqualTo("none");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        byte[] pdf = Base64.getDecoder()
                .decode(browser.driver().print(new PrintOptions()).getContent());
        Files.write(Browser.OUTPUT.resolve("print" + path.replaceAll("[^a-z0-9]+", "-") + ".pdf"), pdf);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void shouldFollowAThemeToAPracticeToAnInstrumentAndSwitchLanguage() {
        open("/?lang=en");
        click(By.cssSelector(".job-cards a[href='/themes']"));
        click(By.cssSelector("a[href='/themes/health']"));
        assertThat(heading()).startsWith("Access to health");

        click(By.cssSelector("#practices-title + ul a[href='/practices/finland-healthcare-undocumented-migrants']"));
        assertThat(heading()).startsWith("Finland widens healthcare coverage");

        click(By.cssSelector(".links a[href='/instruments/icescr']"));
        assertThat(heading()).startsWith("International Covenant on Economic, Social and Cultural Rights");

        click(By.cssSelector("nav.languages a[hreflang=fr]"));
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("fr");
        assertThat(browser.driver().getCurrentUrl()).contains("/instruments/icescr");

        open("/themes");
        assertThat(heading()).isEqualTo("Thèmes");
        assertThat(browser.driver().manage().getCookieNamed("kb-lang").getValue())
                .isEqualTo("fr");
        click(By.cssSelector("nav.languages a[hreflang=en]"));
    }

    @Test
    void shouldNarrowTheListWithFacetsAndYears() {
        open("/practices?lang=en");
        click(By.cssSelector(".facet a[href='/practices?theme=health']"));
        assertThat(resultCount()).isEqualTo("12 practices");

        WebElement country = browser.driver().findElement(By.cssSelector(".facet a[href*='country=PT']"));
        if (!country.isDisplayed()) {
            click(By.xpath("//a[contains(@href,'country=PT')]/ancestor::details/summary"));
        }
        click(By.cssSelector(".facet a[href*='country=PT']"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/practices?theme=health&country=PT");
        assertThat(browser.driver().findElements(By.cssSelector("ol.cards > li")))
                .hasSize(2);

        browser.driver().findElement(By.name("from")).sendKeys("2021");
        click(By.cssSelector("form.years button"));
        assertThat(browser.driver().getCurrentUrl()).contains("theme=health", "country=PT", "from=2021");
        assertThat(resultCount()).isEqualTo("1 practice");
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    /** Clicks and, when the click leads to another page, waits for it, so that no assertion reads the old one. */
    private void click(By target) {
        WebElement element = browser.driver().findElement(target);
        boolean navigates = "a".equals(element.getTagName())
                        && !element.getDomAttribute("href").startsWith("#")
                || "button".equals(element.getTagName());
        element.click();
        if (navigates) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
        }
    }

    private String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private String resultCount() {
        return browser.driver().findElement(By.cssSelector("h2.result-count")).getText();
    }

    private String display(String selector) {
        return (String) browser.driver()
                .executeScript("return getComputedStyle(document.querySelector(arguments[0])).display", selector);
    }
}
