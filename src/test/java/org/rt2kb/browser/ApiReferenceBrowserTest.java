package org.rt2kb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rt2kb.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's interactive reference runs in a browser under the site's content security policy, from the jar alone. */
@ServerTest
class ApiReferenceBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void shouldListTheApisRoutes() {
        browser.driver().get("http://localhost:" + port + "/swagger-ui.html");

        List<WebElement> paths = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock-summary-path"), 10));
        assertThat(paths).extracting(WebElement::getText).contains("/api/practices", "/api/instruments/{slug}");
        assertThat(browser.driver().findElement(By.cssSelector(".info .title")).getText())
                .contains("RT2 Knowledge Base");
    }
}
