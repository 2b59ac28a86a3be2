package org.rt2kb.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The Atom feeds of the latest changes, read back with ROME as a feed reader would. */
@CatalogueTest
class FeedTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldAnnounceTheLatestChangesNewestFirstWithTheirPages() throws Exception {
        SyndFeed feed = feed("/feeds/changes.atom", "en");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("RT2 Knowledge Base: latest changes");
        assertThat(feed.getEntries()).hasSize(Changes.MOST);
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getUpdatedDate)
                .isSortedAccordingTo(Comparator.<Date>reverseOrder());
        assertThat(feed.getEntries())
                .allSatisfy(entry -> assertThat(entry.getLink())
                        .matches("http://localhost/(themes|practices|instruments)/[a-z0-9-]+\\?lang=en"));
    }

    @Test
    void shouldFollowOneTypeOrOneThemeInTheReadersLanguage() throws Exception {
        SyndFeed practices = feed("/feeds/changes.atom?type=practice", "en");
        SyndFeed health = feed("/feeds/changes.atom?theme=health", "fr");

        assertThat(practices.getEntries())
                .isNotEmpty()
                .allSatisfy(entry ->
                        assertThat(entry.getCategories().get(0).getName()).isEqualTo("practice"));
        assertThat(health.getTitle()).contains("Accès à la santé");
        assertThat(health.getLanguage()).isEqualTo("fr");
        assertThat(health.getEntries())
                .extracting(SyndEntry::getUri)
                .contains(
                        "http://localhost/themes/health",
                        "http://localhost/practices/finland-healthcare-undocumented-migrants")
                .hasSize(1 + 12 + 3);
    }

    @Test
    void shouldBeLinkedFromThePagesItFollows() {
        assertThat(mvc.get().uri("/practices"))
                .bodyText()
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\""
                        + " href=\"/feeds/changes.atom?type=practice\"");
        assertThat(mvc.get().uri("/themes/health"))
                .bodyText()
                .contains("href=\"/feeds/changes.atom?theme=health\"")
                .contains("href=\"/feeds/changes.atom\"");
    }

    @Test
    void shouldRefuseATypeOrThemeItDoesNotKnow() {
        assertThat(mvc.get().uri("/feeds/changes.atom?type=people")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/feeds/changes.atom?theme=nowhere")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private SyndFeed feed(String address, String language) throws Exception {
        MvcTestResult result =
                mvc.get().uri(address).header("Accept-Language", language).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
        String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new SyndFeedInput().build(new StringReader(xml));
    }
}
