package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rt2kb.curation.Curation;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Years print as years ("2023") in both languages wherever they appear, never as numbers with a thousands
 * separator ("2,023", "2 023" with a space, a no-break space or a narrow no-break space).
 */
@CatalogueTest
class YearsInPrintTest {

    static final RequestPostProcessor ADA = user("ada").roles("ADMIN");
    /** Every year the catalogue may hold, written with each grouping separator English and French use. */
    static final List<String> GROUPED_YEARS = IntStream.rangeClosed(1900, 2100)
            .boxed()
            .flatMap(y -> List.of(",", " ", "\u00a0", "\u202f").stream()
                    .map(separator -> y / 1000 + separator + String.format("%03d", y % 1000)))
            .toList();

    static final List<String> PUBLIC_ADDRESSES = List.of(
            "/practices/finland-healthcare-undocumented-migrants",
            "/practices/ecuador-regularisation-venezuelans",
            "/practices/germany-living-together-hand-in-hand",
            "/practices",
            "/instruments/c181",
            "/instruments",
            "/instruments?view=table&sort=year",
            "/themes/health",
            "/about",
            "/countries/FI",
            "/search?q=migrant+workers&sort=year",
            "/api/instruments/c181",
            "/api/practices/ecuador-regularisation-venezuelans",
            "/api/sources",
            "/export/instruments.csv",
            "/export/practices.csv");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Curation curation;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void shouldCiteTheSourceWithItsYearAsAYear(String language) {
        for (String address : List.of("/practices/finland-healthcare-undocumented-migrants", "/instruments/c181")) {
            Document page = Pages.page(mvc, address, language, HttpStatus.OK);

            assertThat(page.select(".cite .citation").last().text()).as(address).contains("(2023)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void shouldPrintNoYearWithAThousandsSeparatorOnThePublicPagesApiAndExports(String language) {
        for (String address : PUBLIC_ADDRESSES) {
            assertNoGroupedYear(
                    address,
                    body(mvc.get()
                            .uri(address)
                            .header("Accept-Language", language)
                            .exchange()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void shouldPrintNoYearWithAThousandsSeparatorOnTheAdminPages(String language) {
        long instrument = id("instrument", "c181");
        long practice = id("practice", "ecuador-regularisation-venezuelans");

        Document form = Pages.parse(admin("/admin/instruments/" + instrument, language));
        assertThat(form.select("#year").val()).isEqualTo("1997");
        assertThat(Pages.parse(admin("/admin/practices/" + practice, language))
                        .select("#startYear")
                        .val())
                .isEqualTo("2022");
        for (String address : List.of(
                "/admin/instruments/" + instrument,
                "/admin/practices/" + practice,
                "/admin/instruments",
                "/admin/practices",
                "/admin/history",
                "/admin/export/instruments.csv")) {
            assertNoGroupedYear(address, body(admin(address, language)));
        }
    }

    @Test
    void shouldPrintAChangedYearAsAYearInTheHistory() {
        long id = createInstrument();
        try {
            assertThat(postInstrument(
                            "/admin/instruments/" + id,
                            "2025",
                            curation.entry(id).getVersion(),
                            "fr"))
                    .hasStatus(HttpStatus.FOUND);

            for (String language : List.of("en", "fr")) {
                String address = "/admin/entries/" + id + "/history?from=1&to=2";
                Document history = Pages.parse(admin(address, language));
                assertThat(history.select(".diff td.before").eachText()).contains("2024");
                assertThat(history.select(".diff td.after").eachText()).contains("2025");
                assertNoGroupedYear(address, history.outerHtml());
            }
        } finally {
            Entry entry = curation.move(id, curation.entry(id).getVersion(), EntryStatus.ARCHIVED, "test");
            curation.purge(id, entry.getVersion(), "test");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void shouldStateTheYearLimitOfAFormAsAYear(String language) {
        MvcTestResult refused = postInstrument("/admin/instruments/new", "1850", 0, language);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(refused).select("#year-error").text()).contains("1900");
        assertNoGroupedYear("instrument form", body(refused, HttpStatus.UNPROCESSABLE_CONTENT));
    }

    private long createInstrument() {
        MvcTestResult created = postInstrument("/admin/instruments/new", "2024", 0, "en");
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String location = created.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MvcTestResult postInstrument(String uri, String year, int version, String language) {
        return mvc.post()
                .uri(uri)
                .with(ADA)
                .with(csrf())
                .header("Accept-Language", language)
                .param("slug", "kb-test-year-instrument")
                .param("code", "C997")
                .param("titleEn", "Convention on years")
                .param("instrumentType", "ILO_CONVENTION")
                .param("body", "ILO")
                .param("year", year)
                .param("version", String.valueOf(version))
                .exchange();
    }

    private MvcTestResult admin(String address, String language) {
        MvcTestResult result = mvc.get()
                .uri(address)
                .with(ADA)
                .header("Accept-Language", language)
                .exchange();
        assertThat(result).as(address).hasStatusOk();
        return result;
    }

    private long id(String type, String slug) {
        return jdbc.sql("select id from entry where entry_type = ? and slug = ?")
                .param(type)
                .param(slug)
                .query(Long.class)
                .single();
    }

    private static String body(MvcTestResult result) {
        return body(result, HttpStatus.OK);
    }

    private static String body(MvcTestResult result, HttpStatus status) {
        assertThat(result).hasStatus(status);
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoGroupedYear(String address, String body) {
        List<String> found = new ArrayList<>();
        for (String grouped : GROUPED_YEARS) {
            if (body.contains(grouped)) {
                found.add(grouped);
            }
        }
        assertThat(found).as(address).isEmpty();
    }
}
