package org.rt2kb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * critical WCAG 2.1 AA violation), fits a 1280 px screen and a 390 px phone, names its maps and charts, prints
 * without navigation, and a reader can go from a
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

    /** Every page type of the reading rooms, by name and address; each is checked in every language. */
    private static final Map<String, String> PAGE_TYPES = new LinkedHashMap<>();

    static {
        PAGE_TYPES.put("home", "/");
        PAGE_TYPES.put("themes", "/themes");
        PAGE_TYPES.put("theme", "/themes/health");
        PAGE_TYPES.put("paper-part", "/themes/ideas-for-action");
        PAGE_TYPES.put("practices", "/practices");
        PAGE_TYPES.put("practices-filtered", "/practices?theme=health&country=PT&sort=title");
        PAGE_TYPES.put("practices-empty", "/practices?country=FI&theme=housing&page=x");
        PAGE_TYPES.put("practice", "/practices/finland-healthcare-undocumented-migrants");
        PAGE_TYPES.put("instruments", "/instruments");
        PAGE_TYPES.put("instruments-table", "/instruments?view=table");
        PAGE_TYPES.put("instrument", "/instruments/c181");
        PAGE_TYPES.put("instrument-gcm", "/instruments/gcm");
        PAGE_TYPES.put("gcm-objective", "/gcm/objectives/6");
        PAGE_TYPES.put("sdg-target", "/sdg/targets/8.8");
        PAGE_TYPES.put("countries", "/countries");
        PAGE_TYPES.put("country", "/countries/PT");
        PAGE_TYPES.put("coverage", "/coverage");
        PAGE_TYPES.put("about", "/about");
        PAGE_TYPES.put("not-found", "/nowhere");
        PAGE_TYPES.put("search", "/search?q=domestic%20workers");
        PAGE_TYPES.put("search-empty", "/search?q=qqqqqq");
        PAGE_TYPES.put("concepts", "/concepts");
        PAGE_TYPES.put("concept", "/concepts/domestic-workers");
        PAGE_TYPES.put("suggest", "/suggest");
        PAGE_TYPES.put("dossier", "/dossier");
    }

    static Stream<Arguments> pageTypesInEachLanguage() {
        return PAGE_TYPES.entrySet().stream()
                .flatMap(type -> Stream.of("en", "fr", "es")
                        .map(language -> Arguments.of(type.getKey(), type.getValue(), language)));
    }

    /**
     * Each page type in each language, on a 1280 px screen and on a 390 px phone: no serious or critical axe
     * violation, nothing that scrolls the page sideways, a text alternative for every map and chart, and a screenshot
     * of the whole page at both widths in {@code target/browser}.
     */
    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("pageTypesInEachLanguage")
    void shouldServeEveryPageTypeInEachLanguageOnAScreenAndAPhone(String name, String path, String language)
            throws IOException {
        String address = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
        open(address);

        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo(language);
        assertThat(browser.sidewaysOverflow())
                .as("%s scrolls sideways at 1280 px", address)
                .isZero();
        assertThat(browser.picturesWithoutTextAlternative()).as(address).isEmpty();
        browser.fullScreenshot(name + "-" + language + "-1280");
        assertThat(browser.seriousViolations()).as(address).isEmpty();

        browser.resize(390, 844); // the page lays itself out again for the phone; no need to load it twice
        assertThat(browser.sidewaysOverflow())
                .as("%s scrolls sideways at 390 px", address)
                .isZero();
        browser.fullScreenshot(name + "-" + language + "-390");
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

    /** Guards the sideways check: a page made wider than the phone on purpose must fail it. */
    @Test
    void shouldSeeAPageThatScrollsSideways() {
        browser.resize(390, 844);
        open("/about?lang=en");
        browser.driver().executeScript("""
                const wide = document.createElement('div');
                wide.style.width = '600px';
                wide.style.height = '10px';
                document.querySelector('main').appendChild(wide);
                """);

        assertThat(browser.sidewaysOverflow()).isPositive();
    }

    /** Guards the text alternative check: a chart without a name must fail it. */
    @Test
    void shouldSeeAChartWithoutATextAlternative() {
        open("/?lang=en");
        browser.driver().executeScript("document.querySelector('figure.chart svg').removeAttribute('aria-labelledby')");

        assertThat(browser.picturesWithoutTextAlternative()).hasSize(1);
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
