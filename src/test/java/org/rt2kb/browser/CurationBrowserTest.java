package org.rt2kb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rt2kb.curation.Curation;
import org.rt2kb.security.AccountService;
import org.rt2kb.security.Role;
import org.rt2kb.support.Editing;
import org.rt2kb.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor's whole round in headless Chromium: sign in, create a practice, publish it, find it through the search
 * box, edit it, restore the earlier version, sign out. Every admin page on the way passes axe.
 */
@ServerTest
class CurationBrowserTest {

    private static final String PASSWORD = "a long enough editor passphrase";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Curation curation;

    private Long created;

    /** The next test starts signed out, whatever this one did. */
    @AfterEach
    void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void purgeThePractice() {
        if (created != null) {
            Editing.purge(curation, created);
        }
    }

    @Test
    void shouldCreatePublishFindEditRestoreAndSignOut() throws IOException {
        browser.resize(1280, 1000);
        String editor = "e-" + UUID.randomUUID().toString().substring(0, 12);
        accounts.create(editor, "Browser Editor", Role.EDITOR, PASSWORD);
        open("/login?lang=en");
        type("username", editor);
        type("password", PASSWORD);
        browser.submit(By.cssSelector("main form button"));

        open("/admin/practices/new?lang=en");
        check("practice-new-en");
        type("slug", "kb-browser-practice");
        type("titleEn", "Kestrelbay ferry workers win paid sick leave");
        type("descriptionEn", "Ferry workers of Kestrelbay, migrants included, won paid sick leave in 2024.");
        type("countries", "PT");
        browser.driver().findElement(By.id("themes-health")).click();
        browser.submit(By.cssSelector("form.entry-form > button[type=submit]"));
        String formAddress = browser.driver().getCurrentUrl();
        created = Long.valueOf(formAddress.substring(formAddress.lastIndexOf('/') + 1));
        check("practice-draft-en");

        browser.submit(By.xpath("//form[input[@name='to' and @value='IN_REVIEW']]/button"));
        browser.submit(By.xpath("//form[input[@name='to' and @value='PUBLISHED']]/button"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".panel .status"))
                        .getText())
                .isEqualTo("Published");

        open("/?lang=en");
        type("site-search-q", "Kestrelbay");
        browser.submit(By.cssSelector("form.site-search button"));
        assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
                .contains("Kestrelbay ferry workers win paid sick leave");

        browser.driver().get(formAddress + "?lang=fr");
        check("practice-published-fr");
        WebElement title = browser.driver().findElement(By.id("titleEn"));
        title.clear();
        title.sendKeys("Kestrelbay ferry workers win paid sick leave and holidays");
        browser.submit(By.cssSelector("form.entry-form > button[type=submit]"));

        open("/admin/entries/" + created + "/history?lang=en");
        check("history-en");
        assertThat(browser.driver().findElement(By.cssSelector("table.diff")).getText())
                .contains("Kestrelbay ferry workers win paid sick leave and holidays");
        browser.submit(By.cssSelector("form[action$='/history/1/restore'] button"));
        assertThat(browser.driver().findElement(By.id("titleEn")).getAttribute("value"))
                .isEqualTo("Kestrelbay ferry workers win paid sick leave");
        open("/practices/kb-browser-practice?lang=en");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Kestrelbay ferry workers win paid sick leave");

        for (String page : List.of(
                "/admin?lang=en",
                "/admin/practices?lang=fr",
                "/admin/history?lang=fr",
                "/admin/entries/" + created + "/links/new?lang=en",
                "/admin/entries/" + created + "/notes/new?lang=fr",
                "/admin/concepts?lang=en",
                "/admin/concepts/statelessness?lang=fr",
                "/admin/reference/countries/EC",
                "/admin/instruments/new?lang=fr",
                "/admin/themes/new?lang=en",
                "/admin/transfer?lang=en")) {
            open(page);
            check(page.replaceAll("[^a-z0-9]+", "-"));
        }
        browser.submit(By.cssSelector("form.admin-user button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/?logout");
        open("/admin");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void shouldFilterTheConceptsAndPickALinksTargetWithTheKeyboard() throws IOException {
        browser.resize(1280, 1000);
        signIn();
        open("/admin/practices/new?lang=en");
        type("slug", "kb-browser-linked");
        type("titleEn", "Wrenmoor dock workers get contracts in writing");
        type("descriptionEn", "Dock workers of Wrenmoor, migrants included, get their contracts in writing.");
        type("countries", "PT");
        browser.driver().findElement(By.id("themes-health")).click();
        // Spanish words without their accents find the concept named in English on an English page.
        type("concepts-filter", "trabajadores domesticos");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(page -> visibleConcepts().size() < 10);
        assertThat(visibleConcepts()).contains("domestic workers");
        check("concepts-filtered-en");
        browser.driver().findElement(By.id("concepts-domestic-workers")).click();
        browser.submit(By.cssSelector("form.entry-form > button[type=submit]"));
        String formAddress = browser.driver().getCurrentUrl();
        created = Long.valueOf(formAddress.substring(formAddress.lastIndexOf('/') + 1));
        WebElement firstConcept = browser.driver().findElement(By.cssSelector("#concepts-options input"));
        assertThat(firstConcept.getAttribute("value")).isEqualTo("domestic-workers");
        assertThat(firstConcept.isSelected()).isTrue();

        open("/admin/entries/" + created + "/links/new?lang=en");
        new Select(browser.driver().findElement(By.id("relation"))).selectByValue("APPLIES");
        WebElement target = browser.driver().findElement(By.id("target"));
        assertThat(target.getAttribute("role")).isEqualTo("combobox");
        assertThat(target.getAttribute("aria-expanded")).isEqualTo("false");
        target.sendKeys("domestic work");
        WebElement listbox = browser.driver().findElement(By.id(target.getAttribute("aria-controls")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(page -> listbox.isDisplayed());
        assertThat(target.getAttribute("aria-expanded")).isEqualTo("true");
        List<String> offered = listbox.findElements(By.cssSelector("[role=option]")).stream()
                .map(WebElement::getText)
                .toList();
        // "applies" leads to instruments only: no concept, country or practice is offered.
        assertThat(offered)
                .contains("Instrument · Domestic Workers Convention, 2011 (No. 189)")
                .allSatisfy(option -> assertThat(option).startsWith("Instrument · "));
        check("link-suggestions-en");

        int c189 = offered.indexOf("Instrument · Domestic Workers Convention, 2011 (No. 189)");
        for (int i = 0; i <= c189; i++) {
            target.sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(target.getAttribute("aria-activedescendant")).isEqualTo("target-option-" + c189);
        target.sendKeys(Keys.ENTER);
        assertThat(target.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(target.getAttribute("value")).isEqualTo("Domestic Workers Convention, 2011 (No. 189)");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("input[type=hidden][name=target]"))
                        .getAttribute("value"))
                .isEqualTo("instrument:c189");

        browser.submit(By.cssSelector("form.entry-form > button[type=submit]"));
        assertThat(browser.driver().findElement(By.cssSelector(".panel-links")).getText())
                .contains("applies Domestic Workers Convention, 2011 (No. 189)");
    }

    private List<String> visibleConcepts() {
        return browser.driver().findElements(By.cssSelector("#concepts-options .check label")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    private void signIn() {
        String editor = "e-" + UUID.randomUUID().toString().substring(0, 12);
        accounts.create(editor, "Browser Editor", Role.EDITOR, PASSWORD);
        open("/login?lang=en");
        type("username", editor);
        type("password", PASSWORD);
        browser.submit(By.cssSelector("main form button"));
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    private void check(String name) throws IOException {
        browser.screenshot("curation-" + name);
        assertThat(browser.seriousViolations()).as(name).isEmpty();
    }
}
