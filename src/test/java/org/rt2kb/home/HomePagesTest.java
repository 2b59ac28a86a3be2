package org.rt2kb.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.Pages.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Editing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The home page, the page about the source, and the error pages. */
@CatalogueTest
class HomePagesTest {

    @RegisterExtension
    final Editing editing = new Editing();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldCountWhatTheKnowledgeBaseHolds() {
        Document page = page(mvc, "/");

        assertThat(page.select(".stats strong").eachText()).containsExactly("7", "34", "74", "23");
        assertThat(page.select(".job-cards a").eachAttr("href"))
                .containsExactly("/themes", "/instruments", "/practices", "/coverage");
    }

    @Test
    void shouldDrawTheMapAndTheChartsWithTheirFiguresAsTables() {
        Document home = page(mvc, "/");
        Document countries = page(mvc, "/countries");

        assertThat(home.select(".world-map svg a").eachAttr("href"))
                .containsExactlyInAnyOrderElementsOf(
                        countries.select(".world-map svg a").eachAttr("href"));
        assertThat(home.select(".world-map svg a path").eachAttr("class"))
                .containsExactlyInAnyOrderElementsOf(
                        countries.select(".world-map svg a path").eachAttr("class"));
        // Every chart is an image named by its caption, with its figures in a table.
        for (Element chart : home.select("figure.chart")) {
            Element svg = chart.select("svg").first();
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(home.getElementById(svg.attr("aria-labelledby")).text()).isNotBlank();
            assertThat(chart.select("details table tbody tr"))
                    .hasSize(chart.select("svg > g, svg > svg > rect").size());
        }
        Document themes = page(mvc, "/themes");
        Element health = home.select("#home-by-theme ~ details tr:has(a[href=/practices?theme=health]) td")
                .first();
        assertThat(themes.select("a[href=/practices?theme=health]").first().text())
                .isEqualTo(health.text() + " practices");
        long started = home.select("#home-by-year ~ details td").stream()
                .mapToLong(td -> Long.parseLong(td.text()))
                .sum();
        assertThat(started).isPositive().isLessThanOrEqualTo(34);
    }

    @Test
    void shouldListAsRecentlyChangedWhatEditorsChangedNotWhatTheSeedImportWrote() {
        long practice = editing.createPublished(
                "/admin/practices/new", Editing.practice("kb-test-recent", "Practice changed by an editor"));

        Document page = page(mvc, "/");

        assertThat(page.select(".recent li a").first().attr("href")).isEqualTo("/practices/kb-test-recent");
        assertThat(jdbc.sql("""
                        select count(*) from entry e
                        where slug in (%s) and not exists (
                            select 1 from entry_revision r where r.entry_id = e.id and r.action <> 'imported')""".formatted(String.join(
                                ",",
                                page.select(".recent li a").eachAttr("href").stream()
                                        .map(href -> "'" + href.substring(href.lastIndexOf('/') + 1) + "'")
                                        .toList())))
                        .query(Long.class)
                        .single())
                .as("entries listed as changed that no one changed since they were imported")
                .isZero();
        assertThat(practice).isPositive();
    }

    @Test
    void shouldTellWhereTheCatalogueComesFromAndItsCaveats() {
        Document page = page(mvc, "/about", "fr", HttpStatus.OK);

        assertThat(page.select("#source-title ~ article h3").text())
                .isEqualTo(
                        "Droits et migration : œuvrer pour la santé, la sécurité et les droits des personnes migrantes");
        assertThat(page.select("#caveats-title + ul li")).hasSize(4);
    }

    @Test
    void shouldStateTheTermsOfReuseOfTheContentApartFromTheCodesLicence() {
        Document page = page(mvc, "/about", "en", HttpStatus.OK);

        assertThat(page.select("#terms a[rel=license]").attr("href"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(page.select("#terms").text())
                .contains("belongs to its authors")
                .contains("Apache License 2.0");
    }

    @Test
    void shouldGiveEveryPageATitleADescriptionBreadcrumbsAndACanonicalAddress() {
        for (String uri : new String[] {"/themes", "/practices", "/instruments", "/countries", "/coverage", "/about"}) {
            Document page = page(mvc, uri);
            assertThat(page.title()).as(uri).endsWith(" · RT2 Knowledge Base");
            assertThat(page.select("meta[name=description]").attr("content"))
                    .as(uri)
                    .isNotBlank();
            assertThat(page.select("nav.crumbs li").first().text()).as(uri).isEqualTo("Home");
            assertThat(page.select("link[rel=canonical]").attr("href")).as(uri).isEqualTo("http://localhost" + uri);
            assertThat(page.select("link[rel=alternate][hreflang]")).as(uri).hasSize(3);
            assertThat(page.select("h1")).as(uri).hasSize(1);
        }
    }
}
