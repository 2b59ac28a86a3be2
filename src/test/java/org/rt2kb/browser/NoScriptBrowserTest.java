package org.rt2kb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rt2kb.curation.Curation;
import org.rt2kb.support.Editing;
import org.rt2kb.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main journeys with JavaScript turned off, on a phone and on a screen: from the home page to a theme, a
 * practice and an instrument; filtering the practices behind the phone's filters button; searching; keeping entries
 * in the dossier; and suggesting a practice. Every step is a link or a form the browser handles by itself.
 */
@ServerTest
class NoScriptBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser(false);

    @LocalServerPort
    int port;

    @Autowired
    Curation curation;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeSuggestedPractices() {
        for (long id : jdbc.sql("select practice_id from practice_suggestion")
                .query(Long.class)
                .list()) {
            Editing.purge(curation, id);
        }
    }

    @Test
    void shouldRunNoScript() {
        browser.driver().get("data:text/html,<title>none</title><script>document.title='ran'</script>");

        assertThat(browser.driver().getTitle()).isEqualTo("none");
    }

    @Test
    void shouldReadFromTheHomePageToAnInstrumentOnAPhone() throws IOException {
        browser.resize(390, 844);
        open("/?lang=en");
        click(By.cssSelector(".job-cards a[href='/practices']"));
        assertThat(heading()).isEqualTo("Practices");

        WebElement facet = browser.driver().findElement(By.cssSelector(".facet a[href='/practices?theme=health']"));
        assertThat(facet.isDisplayed()).as("the filters are folded on a phone").isFalse();
        browser.driver().findElement(By.cssSelector(".filters-panel > summary")).click();
        click(By.cssSelector(".facet a[href='/practices?theme=health']"));
        assertThat(text("h2.result-count")).isEqualTo("12 practices");
        assertThat(text(".filters-panel > summary")).isEqualTo("Filters (1)");
        browser.fullScreenshot("noscript-practices-390");

        click(By.cssSelector("ol.cards a[href='/practices/finland-healthcare-undocumented-migrants']"));
        assertThat(heading()).startsWith("Finland widens healthcare coverage");
        click(By.cssSelector(".links a[href='/instruments/icescr']"));
        assertThat(heading()).startsWith("International Covenant on Economic, Social and Cultural Rights");
        click(By.cssSelector("nav.languages a[hreflang=es]"));
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("es");
    }

    @Test
    void shouldSearchAndKeepEntriesInTheDossier() throws IOException {
        browser.resize(1280, 1000);
        open("/themes/health?lang=en");
        browser.driver().findElement(By.id("site-search-q")).sendKeys("domestic workers");
        click(By.cssSelector(".site-search button"));
        assertThat(browser.driver().getCurrentUrl()).contains("/search?q=domestic+workers");
        assertThat(browser.driver().findElements(By.cssSelector("ol.hits > li")))
                .isNotEmpty();

        open("/instruments/c181?lang=en");
        click(By.cssSelector("form.keep button"));
        assertThat(browser.driver().getCurrentUrl()).contains("/instruments/c181");
        assertThat(text("#dossier-count")).isEqualTo("1");
        click(By.cssSelector("a.dossier-link"));
        assertThat(browser.driver().findElements(By.cssSelector("main a[href='/instruments/c181']")))
                .isNotEmpty();
        browser.fullScreenshot("noscript-dossier-1280");
    }

    @Test
    void shouldSuggestAPractice() throws InterruptedException {
        browser.resize(390, 844);
        open("/suggest?lang=fr");
        type("title", "Cours du soir pour travailleurs agricoles saisonniers");
        type("description", "Des cours du soir dans la langue des travailleurs.");
        type("countries", "Maroc, Espagne");
        type("name", "Lectrice sans script");
        type("email", "lectrice@example.org");
        Thread.sleep(3_100); // a person takes a few seconds; a quicker form is a robot's
        click(By.cssSelector("form.suggest-form button"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/suggest/thanks");
        assertThat(jdbc.sql("select count(*) from practice_suggestion")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    /** Clicks a link or a button and waits for the page it leads to. */
    private void click(By target) {
        WebElement element = browser.driver().findElement(target);
        element.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
    }

    private String heading() {
        return text("h1");
    }

    private String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }
}
