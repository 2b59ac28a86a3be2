package org.rt2kb.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Web slice: an API request that fails unexpectedly gets a 500 problem document in the user's language, no detail. */
@WebMvcTest(controllers = ReferenceApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class ReferenceApiFailureWebTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReferenceData reference;

    @Test
    void shouldAnswerAnUnexpectedFailureWithAProblemDocument() {
        given(reference.sources()).willThrow(new IllegalStateException("database on fire"));

        MvcTestResult result =
                mvc.get().uri("/api/sources").header("Accept-Language", "fr").exchange();

        assertThat(result)
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyText()
                .contains("Une erreur s’est produite de notre côté")
                .doesNotContain("database on fire", "IllegalStateException");
    }
}
