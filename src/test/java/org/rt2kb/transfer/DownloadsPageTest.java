package org.rt2kb.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public downloads page names each file of the whole catalogue with its real size and the terms of reuse. */
@CatalogueTest
class DownloadsPageTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldOfferTheWholeCatalogueWithItsSizeDateAndTerms() {
        Document page = Pages.page(mvc, "/downloads", "fr", HttpStatus.OK);

        assertThat(page.select("table.downloads tbody tr")).hasSize(3);
        for (Element row : page.select("table.downloads tbody tr")) {
            String href = row.select("a").attr("href");
            int bytes = mvc.get().uri(href).exchange().getResponse().getContentAsByteArray().length;
            String size = row.select("td").get(2).text();
            assertThat(size).as(href).endsWith(" Ko");
            assertThat(size.replaceAll("\\D", "")).as(href).isEqualTo(String.valueOf((bytes + 1023) / 1024));
        }
        assertThat(page.text()).contains("Catalogue au ", "CC BY 4.0", "Le texte du document appartient à ses auteurs");
        assertThat(page.select("a[rel=license]").attr("href"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    }
}
