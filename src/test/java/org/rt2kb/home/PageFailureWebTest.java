package org.rt2kb.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Web slice: what a reader gets when a page fails for a reason no one planned. The services behind the home and about
 * pages are replaced by failing ones; the answer is the error page in the reader's language, with status 500 and no
 * detail of the failure.
 */
@WebMvcTest(controllers = HomeController.class)
@AutoConfigureMockMvc(addFilters = false)
class PageFailureWebTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    HomePage home;

    @MockitoBean
    ReferenceData reference;

    @Test
    void shouldAnswerAFailingPageWithTheErrorPageInTheReadersLanguage() {
        given(home.counts()).willThrow(new IllegalStateException("database on fire"));

        MvcTestResult result =
                mvc.get().uri("/").header("Accept-Language", "fr").exchange();

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        Document page = Pages.parse(result);
        assertThat(page.select("h1").text()).isEqualTo("Cette page n’a pas pu être affichée");
        assertThat(page.html()).doesNotContain("database on fire", "IllegalStateException", "at org.");
    }

    @Test
    void shouldAnswerAnAboutPageFailureTheSameWay() {
        given(reference.sources()).willThrow(new IllegalArgumentException("broken"));

        MvcTestResult result =
                mvc.get().uri("/about").accept(MediaType.TEXT_HTML).exchange();

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(Pages.parse(result).select("h1").text()).isEqualTo("This page could not be shown");
    }
}
