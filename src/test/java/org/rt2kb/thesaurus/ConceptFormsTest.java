package org.rt2kb.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/** Thesaurus concepts through their forms, on the real database: new labels, archiving, cycles refused. */
@CatalogueTest
class ConceptFormsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @RegisterExtension
    final Editing editing = new Editing();

    @Test
    void shouldFindEntriesThroughANewConceptLabelWithoutReindexing() {
        assertThat(mvc.get().uri("/api/search?q=zorglubie"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        Document form = Pages.parse(
                mvc.get().uri("/admin/concepts/statelessness").with(Editing.ANA).exchange());
        Map<String, String> original = fields(form);
        Map<String, String> edited = new LinkedHashMap<>(original);
        edited.put("altFr", original.get("altFr") + "\nzorglubie");

        assertThat(post("/admin/concepts/statelessness", edited)).hasStatus(HttpStatus.FOUND);
        try {
            assertThat(mvc.get().uri("/api/search?q=zorglubie"))
                    .bodyJson()
                    .extractingPath("$.total")
                    .asNumber()
                    .satisfies(total -> assertThat(total.intValue()).isPositive());
            MvcTestResult stale = post("/admin/concepts/statelessness", edited);
            assertThat(stale).flash().containsEntry("problem", "admin.flash.stale");
            Document history = Pages.parse(
                    mvc.get().uri("/admin/history").with(Editing.ANA).exchange());
            assertThat(history.select(".revisions li").eachText())
                    .anySatisfy(line -> assertThat(line)
                            .contains("Thesaurus · statelessness")
                            .contains("zorglubie"));
        } finally {
            Map<String, String> back = fields(Pages.parse(mvc.get()
                    .uri("/admin/concepts/statelessness")
                    .with(Editing.ANA)
                    .exchange()));
            back.put("altFr", original.get("altFr"));
            assertThat(post("/admin/concepts/statelessness", back)).hasStatus(HttpStatus.FOUND);
        }
        assertThat(mvc.get().uri("/api/search?q=zorglubie"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void shouldKeepAndShowTheSpanishLabelsAnEditorGives() {
        Map<String, String> original = fields(Pages.parse(
                mvc.get().uri("/admin/concepts/statelessness").with(Editing.ANA).exchange()));
        assertThat(original.get("prefEs")).isEqualTo("apatridia");
        Map<String, String> edited = new LinkedHashMap<>(original);
        edited.put("prefEs", "condición de apátrida");
        edited.put("altEs", "zorglubia");

        assertThat(post("/admin/concepts/statelessness", edited)).hasStatus(HttpStatus.FOUND);
        try {
            Document page = Pages.page(mvc, "/concepts/statelessness");
            assertThat(page.select("dd[lang=es]").eachText()).containsExactly("condición de apátrida", "zorglubia");
            assertThat(mvc.get().uri("/api/search?q=zorglubia&lang=es"))
                    .bodyJson()
                    .extractingPath("$.concepts")
                    .asArray()
                    .contains("statelessness");
        } finally {
            Map<String, String> back = fields(Pages.parse(mvc.get()
                    .uri("/admin/concepts/statelessness")
                    .with(Editing.ANA)
                    .exchange()));
            back.put("prefEs", original.get("prefEs"));
            back.put("altEs", original.get("altEs"));
            assertThat(post("/admin/concepts/statelessness", back)).hasStatus(HttpStatus.FOUND);
        }
    }

    @Test
    void shouldNameTheSameConceptElsewhereInSkosOnlyAsAWebAddress() throws Exception {
        Map<String, String> original = fields(Pages.parse(
                mvc.get().uri("/admin/concepts/statelessness").with(Editing.ANA).exchange()));
        Map<String, String> edited = new LinkedHashMap<>(original);
        edited.put("exactMatch", "not an address");
        MvcTestResult refused = post("/admin/concepts/statelessness", edited);
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(refused).select("#exactMatch-error").text()).isNotBlank();

        String uri = "https://example.org/vocabulary/statelessness";
        edited.put("exactMatch", uri);
        assertThat(post("/admin/concepts/statelessness", edited)).hasStatus(HttpStatus.FOUND);
        try {
            assertThat(Pages.page(mvc, "/concepts/statelessness").select("a[href=" + uri + "]"))
                    .hasSize(1);
            assertThat(mvc.get().uri("/concepts.ttl")).bodyText().contains("skos:exactMatch <" + uri + ">");
        } finally {
            Map<String, String> back = fields(Pages.parse(mvc.get()
                    .uri("/admin/concepts/statelessness")
                    .with(Editing.ANA)
                    .exchange()));
            back.put("exactMatch", "");
            assertThat(post("/admin/concepts/statelessness", back)).hasStatus(HttpStatus.FOUND);
        }
    }

    @Test
    void shouldRetireAConceptFromPublicPagesAndBringItBack() {
        assertThat(mvc.get().uri("/concepts/statelessness")).hasStatus(HttpStatus.OK);
        archive(true);
        try {
            assertThat(mvc.get().uri("/concepts/statelessness")).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(Pages.page(mvc, "/concepts").select("a[href=/concepts/statelessness]"))
                    .isEmpty();
        } finally {
            archive(false);
        }
        assertThat(mvc.get().uri("/concepts/statelessness")).hasStatus(HttpStatus.OK);
    }

    private void archive(boolean archived) {
        String version = fields(Pages.parse(mvc.get()
                        .uri("/admin/concepts/statelessness")
                        .with(Editing.ANA)
                        .exchange()))
                .get("version");
        assertThat(post(
                        "/admin/concepts/statelessness/archive",
                        Map.of("version", version, "archived", String.valueOf(archived))))
                .hasStatus(HttpStatus.FOUND);
    }

    @Test
    void shouldRefuseABroaderConceptThatLeadsBack() {
        Map<String, String> nationality = fields(Pages.parse(
                mvc.get().uri("/admin/concepts/nationality").with(Editing.ANA).exchange()));
        nationality.put("broader", "statelessness");

        MvcTestResult result = post("/admin/concepts/nationality", nationality);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(result).select(".field-error").text())
                .contains("A concept cannot be broader than itself");
    }

    /** The values a browser would send back from the form as it is. */
    private static Map<String, String> fields(Document form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("form.entry-form input[name], form.entry-form textarea[name]")) {
            if (!input.attr("name").startsWith("_")) {
                fields.put(
                        input.attr("name"),
                        input.is("textarea") ? input.wholeText().replaceFirst("^\n", "") : input.val());
            }
        }
        fields.put(
                "broader",
                String.join(",", form.select("#broader input[checked]").eachAttr("value")));
        return fields;
    }

    private MvcTestResult post(String uri, Map<String, String> fields) {
        var params = Editing.params(fields);
        if (fields.containsKey("broader")) {
            params.put("broader", List.of(fields.get("broader").split(",")));
        }
        return mvc.post()
                .uri(uri)
                .params(params)
                .header("Accept-Language", "en")
                .with(Editing.ANA)
                .with(csrf())
                .exchange();
    }
}
