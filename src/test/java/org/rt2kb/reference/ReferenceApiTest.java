package org.rt2kb.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.ApiAssertions.get;

import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CatalogueTest
class ReferenceApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldServeTheSourceDocument() {
        var result = get(mvc, "/api/sources");

        assertThat(result).bodyJson().extractingPath("$[0].slug").isEqualTo("rt2-background-paper-2023");
        assertThat(result).bodyJson().extractingPath("$[0].penholder").isEqualTo("Mixed Migration Centre");
        assertThat(result).bodyJson().extractingPath("$[0].coChairs").asArray().containsExactly("Egypt", "Colombia");
    }

    @Test
    void shouldServeTheReferenceLists() {
        assertThat(get(mvc, "/api/reference/gcm-objectives"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(23);
        assertThat(get(mvc, "/api/reference/gcm-principles"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(10);
        assertThat(get(mvc, "/api/reference/sdg-targets"))
                .bodyJson()
                .extractingPath("$[*].code")
                .asArray()
                .contains("8.8", "10.7");
        assertThat(get(mvc, "/api/reference/countries"))
                .bodyJson()
                .extractingPath("$[?(@.code == 'EG')].nameFr")
                .asArray()
                .containsExactly("Égypte");
        assertThat(get(mvc, "/api/reference/regions"))
                .bodyJson()
                .extractingPath("$[?(@.code == '002')].nameEn")
                .asArray()
                .containsExactly("Africa");
    }
}
