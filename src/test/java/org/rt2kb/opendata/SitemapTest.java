package org.rt2kb.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** robots.txt and the sitemaps, read as a search engine reads them. */
@CatalogueTest
class SitemapTest {

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldKeepRobotsOutOfTheSecretariatsPagesAndPointToTheSitemap() {
        assertThat(mvc.get().uri("/robots.txt"))
                .hasStatusOk()
                .bodyText()
                .contains("Disallow: /admin\n")
                .contains("Sitemap: http://localhost/sitemap.xml");
    }

    @Test
    void shouldListEveryPublishedEntryInEachLanguageWithItsAlternates() throws Exception {
        Document index = xml("/sitemap.xml");
        List<String> sitemaps = texts(index, "loc");
        assertThat(sitemaps)
                .containsExactly("http://localhost/sitemaps/pages.xml", "http://localhost/sitemaps/entries-1.xml");

        Document entries = xml("/sitemaps/entries-1.xml");
        long published = jdbc.sql("select count(*) from entry where status = 'published'")
                .query(Long.class)
                .single();
        List<String> locations = texts(entries, "loc");
        assertThat(locations)
                .hasSize((int) published * 3)
                .contains(
                        "http://localhost/instruments/c189?lang=en",
                        "http://localhost/instruments/c189?lang=fr",
                        "http://localhost/themes/health?lang=fr",
                        "http://localhost/themes/health?lang=es")
                .doesNotHaveDuplicates();
        Element first =
                (Element) entries.getElementsByTagNameNS(SITEMAPS, "url").item(0);
        NodeList alternates = first.getElementsByTagNameNS(XHTML, "link");
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < alternates.getLength(); i++) {
            languages.add(((Element) alternates.item(i)).getAttribute("hreflang"));
        }
        assertThat(languages).containsExactly("en", "fr", "es", "x-default");
        assertThat(texts(entries, "lastmod"))
                .hasSize(locations.size())
                .allMatch(day -> day.matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void shouldListTheFixedAndReferencePages() throws Exception {
        assertThat(texts(xml("/sitemaps/pages.xml"), "loc"))
                .contains(
                        "http://localhost/practices?lang=en",
                        "http://localhost/countries/PT?lang=fr",
                        "http://localhost/about?lang=fr",
                        "http://localhost/gcm/objectives/23?lang=en",
                        "http://localhost/sdg/targets/8.8?lang=fr");
    }

    @Test
    void shouldAnswerASitemapThatDoesNotExistWithNotFoundAndAMalformedOneWithBadRequest() {
        assertThat(mvc.get().uri("/sitemaps/entries-2.xml")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/sitemaps/entries-0.xml")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/sitemaps/entries-x.xml")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private Document xml(String path) throws Exception {
        var result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        byte[] body = result.getResponse().getContentAsString().getBytes(StandardCharsets.UTF_8);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<String> texts(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(SITEMAPS, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
