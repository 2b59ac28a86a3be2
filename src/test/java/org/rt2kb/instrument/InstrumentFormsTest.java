package org.rt2kb.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rt2kb.curation.Curation;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Editing;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Instruments through their form, on the real database. */
@CatalogueTest
class InstrumentFormsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @RegisterExtension
    final Editing editing = new Editing();

    @Test
    void shouldCreateAnInstrumentAndRefuseATakenCode() {
        long id = createInstrument("kb-test-convention", "C999", "Convention on test workers");

        Document form = Pages.parse(
                mvc.get().uri("/admin/instruments/" + id).with(Editing.ANA).exchange());
        assertThat(form.select("#code").val()).isEqualTo("C999");
        assertThat(form.select("#instrumentType option[selected]").val()).isEqualTo("ILO_CONVENTION");

        MvcTestResult taken = post("/admin/instruments/new", Editing.instrument("kb-test-other", "C189", "Another"));
        assertThat(taken).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(taken).select("#code-error").text())
                .isEqualTo("Another instrument already has this code.");
    }

    private long createInstrument(String slug, String code, String title) {
        return editing.create("/admin/instruments/new", Editing.instrument(slug, code, title));
    }

    private String version(long id) {
        return editing.version(id);
    }

    private MvcTestResult post(String uri, Map<String, String> fields) {
        return editing.post(uri, fields);
    }
}
