package org.rt2kb.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through ChromeDriver, with axe-core to check pages. The suite needs
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}: it skips without them, unless
 * {@code KB_BROWSER_TESTS=required} (as in CI), where their absence fails it. A test class registers it with
 * {@code @RegisterExtension static final Browser browser = new Browser();}: one browser for the class's tests.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUTPUT = Path.of("target/browser");

    private final boolean javascript;
    private ChromeDriver driver;
    private String axe;

    Browser() {
        this(true);
    }

    /** A browser that runs the pages' scripts, or one that does not, to walk the pages as a reader without them. */
    Browser(boolean javascript) {
        this.javascript = javascript;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"required".equals(System.getenv("KB_BROWSER_TESTS"))) {
            assumeTrue(installed, "Chromium and ChromeDriver are not installed; the browser suite is skipped");
        } else if (!installed) {
            throw new IllegalStateException("KB_BROWSER_TESTS=required but Chromium or ChromeDriver is missing");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machines have no route outside: keep Chromium from trying to reach Google's services.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory("kb-chromium"));
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(OUTPUT);
        axe = axeScript();
    }

    ChromeDriver driver() {
        return driver;
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The serious and critical WCAG 2.1 A and AA violations axe finds on the current page, one line each. */
    List<String> seriousViolations() {
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(done, error => done({error: String(error)}));
                """);
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe failed: " + results.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        return violations.stream()
                .filter(v -> List.of("serious", "critical").contains(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at "
                        + ((List<?>) v.get("nodes"))
                                .stream()
                                        .map(n -> ((Map<?, ?>) n).get("target"))
                                        .toList())
                .toList();
    }

    /**
     * Clicks a button that leads to another page and waits until the page it was on is gone. An element checked in
     * the middle of the navigation may be reported detached rather than stale; both mean the page has changed.
     */
    void submit(By button) {
        WebElement element = driver().findElement(button);
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(page -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    void screenshot(String name) throws IOException {
        Files.write(OUTPUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page, not only what the window shows, at the window's width. */
    void fullScreenshot(String name) throws IOException {
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(OUTPUT.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** How far the page is wider than the window: zero when nothing scrolls sideways. */
    int sidewaysOverflow() {
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return overflow.intValue();
    }

    /**
     * The pictures (SVG) of the page's main content that a screen reader could not name: each must be hidden from it
     * or named, by aria-label or by an element it points to that has text.
     */
    @SuppressWarnings("unchecked")
    List<String> picturesWithoutTextAlternative() {
        return (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('main svg')]
                    .filter(svg => !svg.closest('[aria-hidden=true]') && !svg.parentElement.closest('svg'))
                    .filter(svg => {
                        const label = (svg.getAttribute('aria-label') || '').trim();
                        const by = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                            .map(id => document.getElementById(id)).filter(Boolean)
                            .map(e => e.textContent.trim()).join(' ');
                        return !label && !by;
                    })
                    .map(svg => svg.outerHTML.substring(0, 120));
                """);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    private static String axeScript() throws IOException {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
