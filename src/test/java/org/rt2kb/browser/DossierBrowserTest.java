package org.rt2kb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rt2kb.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A drafter's dossier in French, in a real browser: kept from search results (in place, by script), reordered and
 * annotated on its page (form posts), downloaded as Word and PDF, and opened by its address in a browser that has
 * no session, which finds the same dossier.
 */
@ServerTest
class DossierBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void shouldBuildReorderExportAndShareADossierInFrench() throws Exception {
        var driver = browser.driver();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(url("/search?q=travailleurs+domestiques&lang=fr"));
        List<WebElement> hits = driver.findElements(By.cssSelector("li.hit"));
        assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
        List<String> kept = hits.subList(0, 2).stream()
                .map(hit -> hit.findElement(By.cssSelector("form.keep input[name=item]"))
                        .getAttribute("value"))
                .toList();
        for (int i = 0; i < 2; i++) {
            WebElement button = hits.get(i).findElement(By.cssSelector("form.keep button"));
            button.click();
            wait.until(ExpectedConditions.attributeToBe(button, "aria-pressed", "true"));
        }
        assertThat(driver.getCurrentUrl()).contains("/search?q=");
        assertThat(driver.findElement(By.id("dossier-count")).getText()).isEqualTo("2");

        driver.get(url("/dossier"));
        assertThat(items()).containsExactlyElementsOf(kept);
        browser.submit(By.cssSelector("ol.dossier-items > li:first-child button[value^='down:']"));
        assertThat(items()).containsExactly(kept.get(1), kept.get(0));
        driver.findElement(By.cssSelector("ol.dossier-items > li:first-child textarea"))
                .sendKeys("À citer dans le paragraphe 4");
        browser.submit(By.cssSelector(".dossier-tools button[value=save]"));
        assertThat(browser.seriousViolations()).isEmpty();

        Path downloads = Files.createTempDirectory("kb-downloads");
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        String word = text(download(downloads, "docx"));
        assertThat(word).contains("Dossier tiré de la Base de connaissances TR2", "À citer dans le paragraphe 4");
        String pdf = text(download(downloads, "pdf"));
        assertThat(pdf).contains("Dossier tiré de la Base de connaissances TR2", "À citer dans le paragraphe 4");

        String shared = driver.findElement(By.id("dossier-address")).getAttribute("href");
        driver.manage().deleteAllCookies();
        driver.get(shared + "&lang=fr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dossier partagé");
        assertThat(driver.findElement(By.id("dossier-count")).getText()).isEqualTo("0");
        assertThat(items()).containsExactly(kept.get(1), kept.get(0));
        assertThat(driver.findElement(By.cssSelector(".note")).getText()).isEqualTo("À citer dans le paragraphe 4");
    }

    /** Chooses a format in the export form, sends it, and waits for the file the browser saves. */
    private Path download(Path folder, String format) throws IOException, InterruptedException {
        var driver = browser.driver();
        driver.findElement(By.cssSelector("input[name=format][value=" + format + "]"))
                .click();
        driver.findElement(By.cssSelector("form.dossier-export button[type=submit]"))
                .click();
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(folder)) {
                var done =
                        files.filter(f -> f.toString().endsWith("." + format)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no ." + format + " file was downloaded");
    }

    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        }
        try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
            return word.getText();
        }
    }

    /** The dossier's items as its page lists them, written as the buttons name them. */
    private List<String> items() {
        return browser.driver().findElements(By.cssSelector("ol.dossier-items > li")).stream()
                .map(li -> li.getAttribute("id").replaceFirst("^item-([a-z]+)-", "$1:"))
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
