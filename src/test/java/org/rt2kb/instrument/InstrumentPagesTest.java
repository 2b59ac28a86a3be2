package org.rt2kb.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.Pages.page;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The instruments list and table with their facets, and the page of one instrument. */
@CatalogueTest
class InstrumentPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldListTheGlobalCompactsObjectivesWithThePracticesOfEach() {
        Document page = page(mvc, "/instruments/gcm");

        assertThat(page.select("ol.objectives > li")).hasSize(23);
        assertThat(page.select("ol.objectives > li").first().text()).startsWith("1. ");
        for (int objective : new int[] {1, 6, 16}) {
            String link = page.select("ol.objectives a[href=/practices?gcm=" + objective + "]")
                    .text();
            String list = page(mvc, "/practices?gcm=" + objective)
                    .select("h2.result-count")
                    .text();
            assertThat(link).as("objective %d", objective).isEqualTo(list);
        }
        assertThat(page(mvc, "/instruments/c189").select("ol.objectives")).isEmpty();
    }

    @Test
    void shouldCiteAnInstrumentFromItsOfficialRecordInTheReadersLanguage() {
        assertThat(page(mvc, "/instruments/c189").select("#cite-formal").text())
                .isEqualTo(
                        "ILO Domestic Workers Convention, 2011 (No. 189) (Geneva, 16 June 2011), 100th session of the"
                                + " International Labour Conference; entered into force on 5 September 2013.");
        assertThat(page(mvc, "/instruments/c189?lang=fr").select("#cite-formal").text())
                .isEqualTo("OIT, Convention (n° 189) sur les travailleuses et travailleurs domestiques, 2011 (Genève,"
                        + " 16 juin 2011), 100e session de la Conférence internationale du Travail; entrée en vigueur le"
                        + " 5 septembre 2013.");
        Document covenant = page(mvc, "/instruments/iccpr");
        assertThat(covenant.select("#cite-formal").text())
                .isEqualTo("International Covenant on Civil and Political Rights (New York, 16 December 1966),"
                        + " A/RES/2200(XXI), United Nations, Treaty Series, vol. 999, p. 171; entered into force on"
                        + " 23 March 1976.");
        assertThat(covenant.select("button.copy[data-copy]").eachAttr("data-copy"))
                .containsExactly("cite-formal", "cite-page");
        assertThat(page(mvc, "/instruments/a-hrc-53-26").select("#cite-formal").text())
                .startsWith("Special Rapporteur on the human rights of migrants, How to expand")
                .endsWith(", A/HRC/53/26.");
    }

    @Test
    void shouldListEveryInstrumentInTheAnnexesOrder() {
        Document page = page(mvc, "/instruments");

        assertThat(page.select("h2.result-count").text()).isEqualTo("74 instruments");
        assertThat(page.select("ol.cards > li")).hasSize(25);
        assertThat(page.select(".pager a[aria-current=page]").text()).isEqualTo("1");
    }

    @Test
    void shouldShowTheSameListAsATableThatKeepsItsFilters() {
        Document page = page(mvc, "/instruments?view=table&type=ilo-convention&sort=year");

        assertThat(page.select("table.instruments tbody tr")).hasSize(19);
        List<Integer> years = page.select("table.instruments tbody tr td:nth-of-type(4)").eachText().stream()
                .map(Integer::valueOf)
                .toList();
        assertThat(years).isSorted();
        assertThat(page.select(".views a").attr("href")).isEqualTo("/instruments?type=ilo-convention&sort=year");
        assertThat(page.select(".facet a[href*=binding=binding]").attr("href"))
                .startsWith("/instruments?view=table&type=ilo-convention&binding=binding");
        assertThat(page.select("form.years input[name=view]").val()).isEqualTo("table");
    }

    @Test
    void shouldCountForEachInstrumentThePublishedPracticesLinkedWithItEitherWay() {
        Document page = page(mvc, "/instruments?view=table&type=ilo-convention");

        for (var row : page.select("table.instruments tbody tr")) {
            String slug = row.select("th a").attr("href").replace("/instruments/", "");
            long linked = jdbc.sql("""
                    select count(distinct p.id) from entry p join entry_link l
                        on (l.from_entry_id = p.id or l.to_entry_id = p.id)
                    join entry i on i.id in (l.from_entry_id, l.to_entry_id) and i.id <> p.id
                    where p.entry_type = 'practice' and p.status = 'published' and i.slug = :slug
                        and i.entry_type = 'instrument'""").param("slug", slug).query(Long.class).single();
            assertThat(row.select("td:nth-of-type(6)").text()).as(slug).isEqualTo(Long.toString(linked));
        }
        assertThat(page.select("table.instruments tbody tr td:nth-of-type(6)").eachText())
                .as("some convention is linked with practices")
                .anySatisfy(count -> assertThat(Long.parseLong(count)).isPositive());
    }

    @Test
    void shouldFilterByBindingForceAndYears() {
        Document page = page(mvc, "/instruments?binding=non-binding&from=2018&to=2018&sort=code");

        assertThat(page.select("ol.cards > li .meta").eachText())
                .isNotEmpty()
                .allSatisfy(meta -> assertThat(meta).contains("2018", "Not binding"));
        assertThat(page.select("ol.cards h3").eachText())
                .anySatisfy(t -> assertThat(t).contains("Global Compact"));
    }

    @Test
    void shouldFilterByTheThemesThatCiteThem() {
        Document page = page(mvc, "/instruments?theme=health");

        assertThat(page.select("ol.cards > li"))
                .isNotEmpty()
                .allSatisfy(card ->
                        assertThat(card.select(".tags a[href=/themes/health]")).hasSize(1));
    }

    @Test
    void shouldShowAnInstrumentWithThePassagesAndPracticesLinkedToIt() {
        Document page = page(mvc, "/instruments/c181");

        assertThat(page.select(".kicker .code").text()).isEqualTo("C181");
        assertThat(page.select("h1").text()).contains("Private Employment Agencies Convention");
        assertThat(page.select("dd span[lang=fr]").text()).contains("agences d’emploi privées");
        assertThat(page.select("dd span[lang=es]").text()).contains("agencias de empleo privadas");
        assertThat(page.select("a[href=/instruments?body=ILO]").text()).isEqualTo("International Labour Organization");
        assertThat(page(mvc, "/instruments/c181", "es", HttpStatus.OK)
                        .select("dd:has(a[href=/instruments?body=ILO])")
                        .text())
                .isEqualTo("Organización Internacional del Trabajo (OIT)");
        assertThat(page.select("#practices-title + ul a")).isNotEmpty();
        assertThat(page.select("#cite-page").text()).contains("http://localhost/instruments/c181");
    }

    @Test
    void shouldCiteInOneLanguageTheReadersWhenTheTitleIsInItOtherwiseEnglish() {
        Document french = page(mvc, "/instruments/c189", "fr", HttpStatus.OK);
        // A report whose only official title is English; its French title is the project's translation.
        Document englishOnly = page(mvc, "/instruments/a-hrc-53-26", "fr", HttpStatus.OK);
        Document spanish = page(mvc, "/instruments/c189", "es", HttpStatus.OK);

        assertThat(french.select("#cite-formal[lang=fr]").text()).startsWith("OIT, Convention (n° 189)");
        assertThat(englishOnly.select("#cite-formal[lang=en]").text())
                .startsWith("Special Rapporteur on the human rights of migrants, How to expand");
        assertThat(spanish.select("#cite-formal[lang=en]").text())
                .startsWith("ILO Domestic Workers Convention, 2011 (No. 189) (Geneva, 16 June 2011)");
        assertThat(englishOnly.select("#cite-page cite[lang=fr]").text()).startsWith("Comment élargir");
        assertThat(englishOnly.select("dd:has(span[lang=fr]) .tag").text()).isNotEmpty();
    }

    @Test
    void shouldDescribeAConventionAsLegislation() {
        Document page = page(mvc, "/instruments/c181");

        JsonNode description = JsonMapper.builder()
                .build()
                .readTree(page.select("script[type=application/ld+json]").html());
        assertThat(description.get("@type").asString()).isEqualTo("Legislation");
        assertThat(description.get("legislationIdentifier").asString()).isEqualTo("C181");
        assertThat(description.get("legislationDate").asString()).isEqualTo("1997");
    }

    @Test
    void shouldAnswerAnUnknownInstrumentWithTheNotFoundPage() {
        Document page = page(mvc, "/instruments/c999", "en", HttpStatus.NOT_FOUND);

        assertThat(page.select("h1").text()).isEqualTo("This page does not exist");
    }
}
