package org.rt2kb.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The CSV downloads of the lists hold what the list's choices select, as the page shows them. */
@CatalogueTest
class FilteredExportTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldHoldOnlyTheInstrumentsOfTheChosenType() throws IOException {
        List<CSVRecord> conventions = rows("/export/instruments.csv?type=ilo-convention");
        long published = jdbc.sql("""
                        select count(*) from instrument i join entry e on e.id = i.id
                        where e.status = 'published' and i.type = 'ilo-convention'""").query(Long.class).single();

        assertThat(conventions)
                .hasSize((int) published)
                .hasSizeLessThan(rows("/export/instruments.csv").size());
        assertThat(conventions).extracting(row -> row.get("type")).containsOnly("ilo-convention");
        assertThat(conventions).extracting(row -> row.get("slug")).contains("c189");
    }

    @Test
    void shouldHoldThePracticesTheListShowsForCombinedChoicesInItsOrder() throws IOException {
        String choices = "theme=health&region=150";
        List<CSVRecord> practices = rows("/export/practices.csv?" + choices);
        List<String> listed = mvc.get()
                .uri("/practices?" + choices)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains("href=\"/practices/"))
                .map(line -> line.replaceAll(".*href=\"/practices/([a-z0-9-]+)\".*", "$1"))
                .distinct()
                .toList();

        assertThat(practices)
                .isNotEmpty()
                .hasSizeLessThan(rows("/export/practices.csv").size());
        assertThat(practices).extracting(row -> row.get("slug")).containsExactlyElementsOf(listed);
        assertThat(practices).allSatisfy(row -> assertThat(row.get("themes")).contains("health"));
    }

    @Test
    void shouldOfferTheDownloadOfTheListAsItIsChosen() {
        assertThat(Pages.page(mvc, "/instruments?view=table&type=ilo-convention&sort=year&page=2")
                        .select("p.download a")
                        .eachAttr("href"))
                .startsWith(
                        "/export/instruments.csv?type=ilo-convention", "/export/instruments.docx?type=ilo-convention");
        assertThat(Pages.page(mvc, "/practices?theme=health&from=2010")
                        .select("p.download a")
                        .first()
                        .attr("href"))
                .isEqualTo("/export/practices.csv?theme=health&from=2010");
    }

    @Test
    void shouldRefuseAChoiceTheListDoesNotKnowInTheReadersLanguage() {
        MvcTestResult unknown = mvc.get()
                .uri("/export/instruments.csv?type=treaty-of-nowhere")
                .header("Accept-Language", "fr")
                .exchange();
        MvcTestResult badYear = mvc.get().uri("/export/practices.csv?from=soon").exchange();

        assertThat(unknown)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("<p class=\"detail\">")
                .contains("« treaty-of-nowhere »");
        assertThat(unknown.getResponse().getContentType()).startsWith("text/html");
        assertThat(badYear).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private List<CSVRecord> rows(String address) throws IOException {
        MvcTestResult result = mvc.get().uri(address).exchange();
        assertThat(result)
                .hasStatusOk()
                .hasHeader("Link", "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
        String csv =
                result.getResponse().getContentAsString(StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }
}
