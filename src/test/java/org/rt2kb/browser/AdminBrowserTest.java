package org.rt2kb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.rt2kb.security.AccountService;
import org.rt2kb.security.Role;
import org.rt2kb.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page and the accounts pages in headless Chromium: an administrator signs in with the form, the pages
 * pass axe in both languages, a refused form shows its messages, and signing out leads home.
 */
@ServerTest
class AdminBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void shouldSignInUseTheAccountsPagesAndSignOut() throws IOException {
        browser.resize(1280, 1000);
        String name = "b-" + UUID.randomUUID().toString().substring(0, 12);
        accounts.create(name, "Browser Admin", Role.ADMIN, PASSWORD);

        open("/login?error&lang=fr");
        check("login-error-fr");
        open("/login?lang=en");
        check("login-en");
        browser.driver().findElement(By.id("username")).sendKeys(name);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.submit(By.cssSelector("main form button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin");

        open("/admin/users?lang=en");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".admin-user span"))
                        .getText())
                .isEqualTo("Signed in as Browser Admin");
        check("users-en");
        open("/admin/users/new?lang=fr");
        check("user-new-fr");
        browser.driver().findElement(By.id("username")).sendKeys("Bad Name");
        browser.driver().findElement(By.id("password")).sendKeys("short");
        browser.submit(By.cssSelector("main form button"));
        assertThat(browser.driver().findElement(By.id("password-error")).getText())
                .isEqualTo("Le mot de passe doit compter de 12 à 128 caractères.");
        check("user-new-errors-fr");
        open("/admin/users/" + name + "/password?lang=en");
        check("user-password-en");

        browser.resize(375, 812);
        open("/admin/users?lang=fr");
        Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).isLessThanOrEqualTo(375);
        browser.screenshot("phone-users-fr");
        browser.resize(1280, 1000);

        browser.submit(By.cssSelector("form.admin-user button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/?logout");
        assertThat(browser.driver().findElements(By.cssSelector("a.admin-link")))
                .isEmpty();
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void check(String name) throws IOException {
        browser.screenshot("admin-" + name);
        assertThat(browser.seriousViolations()).as(name).isEmpty();
    }
}
