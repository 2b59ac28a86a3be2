package org.rt2kb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rt2kb.curation.Curation;
import org.rt2kb.security.AccountService;
import org.rt2kb.security.Role;
import org.rt2kb.support.Editing;
import org.rt2kb.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suggestion forms and the index rebuild in headless Chromium: a visitor suggests a practice and a correction to an
 * entry, the pages pass axe in both languages, the robots' trap stays out of sight; an administrator rebuilds the index
 * and the bar follows it.
 */
@ServerTest
class SuggestionBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Curation curation;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeSuggestedPractices() {
        jdbc.sql("delete from entry_correction").update();
        for (long id : jdbc.sql("select practice_id from practice_suggestion")
                .query(Long.class)
                .list()) {
            Editing.purge(curation, id);
        }
    }

    @Test
    void shouldSuggestAPracticeAndBeThanked() throws IOException, InterruptedException {
        browser.resize(1280, 1000);
        open("/suggest?lang=fr");
        check("suggest-fr");
        assertThat(browser.driver().findElement(By.id("website")).isDisplayed()).isFalse();

        browser.submit(By.cssSelector("form.suggest-form button"));
        assertThat(browser.driver().findElement(By.id("title-error")).getText()).isEqualTo("Ce champ est obligatoire.");
        check("suggest-errors-fr");

        open("/suggest?lang=en");
        check("suggest-en");
        type("title", "Night school for seasonal farm workers");
        type("description", "Evening classes in the workers' own languages.");
        type("countries", "ES");
        type("name", "Browser Visitor");
        type("email", "visitor@example.org");
        browser.driver().findElement(By.id("gcmObjectives-16")).click();
        Thread.sleep(3_100); // a person takes a few seconds; a quicker form is a robot's
        browser.submit(By.cssSelector("form.suggest-form button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/suggest/thanks");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your suggestion");
        check("suggested-en");
        assertThat(jdbc.sql("select count(*) from practice_suggestion")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        browser.resize(375, 812);
        open("/suggest?lang=fr");
        Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).isLessThanOrEqualTo(375);
        browser.screenshot("phone-suggest-fr");
        browser.resize(1280, 1000);
    }

    @Test
    void shouldSuggestACorrectionFromAnEntrysPage() throws IOException, InterruptedException {
        browser.resize(1280, 1000);
        String slug = jdbc.sql("select slug from entry where entry_type = 'instrument' and status = 'published'"
                        + " order by id limit 1")
                .query(String.class)
                .single();
        open("/instruments/" + slug + "?lang=fr");
        browser.driver()
                .get(browser.driver()
                        .findElement(By.cssSelector(".correct-link a"))
                        .getDomProperty("href"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Proposer une correction");
        check("correct-fr");

        browser.submit(By.cssSelector("form.correction-form button"));
        assertThat(browser.driver().findElement(By.id("problem-error")).getText())
                .isEqualTo("Ce champ est obligatoire.");
        check("correct-errors-fr");

        new Select(browser.driver().findElement(By.id("part"))).selectByValue("dates");
        type("problem", "L’année d’adoption est inexacte.");
        Thread.sleep(3_100); // a person takes a few seconds; a quicker form is a robot's
        browser.submit(By.cssSelector("form.correction-form button"));
        assertThat(browser.driver().getCurrentUrl()).contains("/suggest/correction/thanks");
        check("corrected-fr");
        assertThat(jdbc.sql("select part from entry_correction")
                        .query(String.class)
                        .single())
                .isEqualTo("dates");
    }

    @Test
    void shouldRebuildTheIndexAndFollowItsProgress() throws IOException {
        browser.resize(1280, 1000);
        String name = "r-" + UUID.randomUUID().toString().substring(0, 12);
        accounts.create(name, "Browser Admin", Role.ADMIN, PASSWORD);
        open("/login?lang=en");
        browser.driver().findElement(By.id("username")).sendKeys(name);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.submit(By.cssSelector("main form button"));

        open("/admin/reindex?lang=fr");
        check("reindex-fr");
        browser.submit(By.cssSelector("form[action='/admin/reindex'] button"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBe(By.cssSelector(".reindex-run h2"), "Dernière reconstruction"));
        WebElement bar = browser.driver().findElement(By.id("reindex-progress"));
        assertThat(bar.getDomProperty("value")).isEqualTo(bar.getDomProperty("max"));
        check("reindexed-fr");

        browser.submit(By.cssSelector("form.admin-user button"));
    }

    private void type(String field, String text) {
        browser.driver().findElement(By.id(field)).sendKeys(text);
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void check(String name) throws IOException {
        browser.screenshot(name);
        assertThat(browser.seriousViolations()).as(name).isEmpty();
    }
}
