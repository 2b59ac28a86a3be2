package org.rt2kb.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A link reads the right way from each of its ends on the public pages: the relation comes before the other entry
 * and is said from the page's side ("cited by" the theme on the instrument's page, "cites" on the theme's).
 */
@CatalogueTest
class LinkLabelsTest {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @CsvSource({
        "en, /instruments/c181, /themes/accountability, cited by",
        "fr, /instruments/c181, /themes/accountability, cité par",
        "en, /themes/health, /instruments/icescr, cites",
        "fr, /themes/health, /instruments/icescr, cite",
        "en, /practices/recruitment-advisor, /instruments/c181, applies",
        "fr, /practices/recruitment-advisor, /instruments/c181, applique",
        "en, /instruments/c181, /practices/recruitment-advisor, applied by",
        "fr, /instruments/c181, /practices/recruitment-advisor, appliqué par",
        "en, /practices/recruitment-advisor, /themes/labour-rights, illustrates",
        "fr, /practices/recruitment-advisor, /themes/labour-rights, illustre",
        "en, /themes/health, /practices/finland-healthcare-undocumented-migrants, illustrated by",
        "fr, /themes/health, /practices/finland-healthcare-undocumented-migrants, illustré par",
        "en, /practices/finland-healthcare-undocumented-migrants, /instruments/icescr, related to",
        "fr, /instruments/icescr, /practices/finland-healthcare-undocumented-migrants, en lien avec"
    })
    void shouldSayTheRelationFromThePagesSideBeforeTheOtherEntry(
            String language, String page, String other, String label) {
        Document document = Pages.page(mvc, page, language, HttpStatus.OK);

        Element link = document.select(".links li > a[href=" + other + "]").first();
        assertThat(link).as(page + " → " + other).isNotNull();
        Element relation = link.previousElementSibling();
        assertThat(relation).as("the relation before " + other).isNotNull();
        assertThat(relation.text()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"en, Linked entries", "fr, Fiches liées"})
    void shouldShowNoLabelAfterTheOtherEntry(String language, String heading) {
        Document document = Pages.page(mvc, "/practices/recruitment-advisor", language, HttpStatus.OK);

        assertThat(document.select("#links-title").text()).isEqualTo(heading);
        assertThat(document.select(".links li > a + .tag")).isEmpty();
        assertThat(document.select(".links li > .tag:first-child + a"))
                .isNotEmpty()
                .hasSameSizeAs(document.select(".links li"));
    }
}
