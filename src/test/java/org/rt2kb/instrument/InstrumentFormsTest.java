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

    @Test
    void shouldKeepTheOfficialRecordAndCiteFromIt() {
        Map<String, String> form = Editing.instrument("kb-test-recorded", "C998", "Recorded Workers Convention, 2024");
        form.put("adopted", "2024-06-14");
        form.put("adoptedAtEn", "Geneva");
        form.put("adoptedAtFr", "Genève");
        form.put("session", "112th session of the International Labour Conference");
        form.put("entryIntoForce", "2026-01-02");
        form.put("untsVolume", "3001");
        form.put("untsPage", "7");
        form.put("unconfirmed", "untsPage");
        form.put("gcmPrinciples", "rule-of-law-due-process");
        long id = editing.createPublished("/admin/instruments/new", form);

        Document page = Pages.page(mvc, "/instruments/kb-test-recorded");
        assertThat(page.select("#cite-formal").text())
                .isEqualTo("ILO Recorded Workers Convention, 2024 (Geneva, 14 June 2024), 112th session of the"
                        + " International Labour Conference, United Nations, Treaty Series, vol. 3001, p. 7; entered"
                        + " into force on 2 January 2026.");
        assertThat(page.select(".cite .hint").text())
                .isEqualTo("Not yet confirmed against the official record: UN Treaty Series page.");
        Document edit = Pages.parse(
                mvc.get().uri("/admin/instruments/" + id).with(Editing.ANA).exchange());
        assertThat(edit.select("#adopted").val()).isEqualTo("2024-06-14");
        assertThat(edit.select("#unconfirmed input[checked]").eachAttr("value")).containsExactly("untsPage");
        assertThat(edit.select("#gcmPrinciples input[checked]").eachAttr("value"))
                .containsExactly("rule-of-law-due-process");
        assertThat(Pages.page(mvc, "/gcm/principles/rule-of-law-due-process")
                        .select("section.instrument a[href=/instruments/kb-test-recorded]"))
                .hasSize(1);

        form.put("untsVolume", "");
        form.put("version", version(id));
        MvcTestResult pageWithoutVolume = post("/admin/instruments/" + id, form);
        assertThat(pageWithoutVolume).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(pageWithoutVolume).select("#untsVolume-error").text())
                .isNotBlank();
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
