package org.rt2kb.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Editing;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Script typed into any text field of any form stays text: on the public pages, in search results and snippets, and
 * in the admin pages themselves.
 */
@CatalogueTest
class HostileTextTest {

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String IMAGE = "<img src=x onerror=alert('xss')>";
    static final String HOSTILE = "Wombatfield " + SCRIPT + " " + IMAGE + " \"quoted\" & 'single'";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @RegisterExtension
    final Editing editing = new Editing();

    @Test
    void shouldShowScriptTypedIntoEveryPracticeFieldAsText() {
        Map<String, String> form = Editing.practice("kb-test-hostile-practice", "Practice " + HOSTILE);
        for (String field :
                List.of("titleFr", "descriptionEn", "descriptionFr", "statusNoteEn", "statusNoteFr", "actor")) {
            form.put(field, field + " " + HOSTILE);
        }
        long id = createAndPublish("/admin/practices/new", form);
        post(
                "/admin/entries/" + id + "/notes/new",
                Map.of(
                        "kind",
                        "CONTEXT",
                        "visibility",
                        "PUBLIC",
                        "textEn",
                        "Note " + HOSTILE,
                        "textFr",
                        "Note fr " + HOSTILE,
                        "version",
                        "0"));

        for (String language : List.of("en", "fr")) {
            Document page = Pages.page(mvc, "/practices/kb-test-hostile-practice", language, HttpStatus.OK);
            assertInert(page);
            assertThat(page.text()).contains(SCRIPT).contains(IMAGE);
        }
        assertInert(Pages.page(mvc, "/practices?q=Wombatfield"));
        assertInert(Pages.page(mvc, "/search?q=Wombatfield"));
        assertThat(Pages.page(mvc, "/search?q=Wombatfield")
                        .select(".hit, .result, li")
                        .text())
                .contains("Wombatfield");
        assertThat(mvc.get().uri("/api/search?q=Wombatfield"))
                .bodyJson()
                .extractingPath("$.hits[*].snippet")
                .asArray()
                .allSatisfy(snippet ->
                        assertThat(snippet.toString()).doesNotContain("<script").doesNotContain("<img"));
        assertInert(Pages.parse(
                mvc.get().uri("/admin/practices/" + id).with(Editing.ANA).exchange()));
        assertInert(Pages.parse(mvc.get()
                .uri("/admin/entries/" + id + "/history")
                .with(Editing.ANA)
                .exchange()));
        assertInert(Pages.parse(mvc.get().uri("/admin").with(Editing.ANA).exchange()));
    }

    @Test
    void shouldShowScriptTypedIntoEveryInstrumentFieldAsText() {
        Map<String, String> form = Editing.instrument("kb-test-hostile-instrument", "C997", "Instrument " + HOSTILE);
        form.put("titleFr", "Titre " + HOSTILE);
        form.put("acronym", "<b onmouseover=alert(1)>");
        form.put("acronymFr", SCRIPT);
        form.put("body", "Body " + IMAGE);
        long id = createAndPublish("/admin/instruments/new", form);

        for (String language : List.of("en", "fr")) {
            assertInert(Pages.page(mvc, "/instruments/kb-test-hostile-instrument", language, HttpStatus.OK));
        }
        assertInert(Pages.page(mvc, "/instruments"));
        assertInert(Pages.page(mvc, "/search?q=Wombatfield"));
        assertInert(Pages.parse(
                mvc.get().uri("/admin/instruments/" + id).with(Editing.ANA).exchange()));
    }

    @Test
    void shouldShowScriptTypedIntoThemeLinkConceptAndReferenceFormsAsText() {
        Map<String, String> theme = new java.util.LinkedHashMap<>(Map.of(
                "slug",
                "kb-test-hostile-theme",
                "kind",
                "SUB_THEME",
                "parent",
                "health",
                "position",
                "9003",
                "titleFr",
                "Thème " + HOSTILE,
                "titleEn",
                "Theme " + HOSTILE,
                "textFr",
                "Texte " + HOSTILE + "\n\nSecond paragraphe " + IMAGE,
                "summaryEn",
                "Summary " + HOSTILE,
                "version",
                "0"));
        long themeId = editing.createPublished("/admin/themes/new", theme);
        long instrument = editing.createPublished(
                "/admin/instruments/new",
                Editing.instrument("kb-test-hostile-cited", "C996", "Instrument cited with a hostile note"));
        editing.post(
                "/admin/entries/" + themeId + "/links",
                Map.of(
                        "version",
                        editing.version(themeId),
                        "target",
                        "instrument:kb-test-hostile-cited",
                        "relation",
                        "CITES",
                        "note",
                        "Note " + HOSTILE));

        for (String language : List.of("en", "fr")) {
            assertInert(Pages.page(mvc, "/themes/kb-test-hostile-theme", language, HttpStatus.OK));
            assertInert(Pages.page(mvc, "/instruments/kb-test-hostile-cited", language, HttpStatus.OK));
            assertInert(Pages.page(mvc, "/themes", language, HttpStatus.OK));
        }
        assertThat(Pages.page(mvc, "/instruments/kb-test-hostile-cited").text()).contains(SCRIPT);
        assertInert(Pages.parse(mvc.get()
                .uri("/admin/entries/" + instrument + "/history")
                .with(Editing.ANA)
                .exchange()));

        String concept = "/admin/concepts/statelessness";
        Map<String, String> original = formFields(concept);
        Map<String, String> hostile = new java.util.LinkedHashMap<>(original);
        hostile.put("noteEn", "Note " + HOSTILE);
        try {
            assertThat(editing.post(concept, hostile)).hasStatus(HttpStatus.FOUND);
            assertInert(Pages.page(mvc, "/concepts/statelessness"));
            assertInert(Pages.parse(
                    mvc.get().uri("/admin/history").with(Editing.ANA).exchange()));
        } finally {
            original.put("version", formFields(concept).get("version"));
            assertThat(editing.post(concept, original)).hasStatus(HttpStatus.FOUND);
        }
    }

    /** A form's values as the browser would send them back, for forms without check boxes. */
    private Map<String, String> formFields(String uri) {
        Document form = Pages.parse(mvc.get().uri(uri).with(Editing.ANA).exchange());
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.select("form.entry-form input[name], form.entry-form textarea[name]")
                .forEach(input -> fields.put(
                        input.attr("name"),
                        input.is("textarea") ? input.wholeText().replaceFirst("^\n", "") : input.val()));
        fields.put(
                "broader",
                String.join(",", form.select("#broader input[checked]").eachAttr("value")));
        fields.remove("_csrf");
        return fields;
    }

    /**
     * No script but the site's own, no event handler attribute, no JSON-LD that closes its script element; and, as
     * these pages show every part of an entry, no message key left unresolved.
     */
    static void assertInert(Document page) {
        for (Element script : page.select("script")) {
            if (script.attr("type").equals("application/ld+json")) {
                assertThat(script.data())
                        .as("JSON-LD is data, and cannot close its element")
                        .doesNotContain("<");
            } else {
                assertThat(script.attr("src")).as("only the site's own scripts").startsWith("/assets/");
            }
        }
        assertThat(page.select("*").stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().toLowerCase().startsWith("on")))
                .isEmpty();
        assertThat(page.select("img[src=x], b[onmouseover]")).isEmpty();
        assertThat(page.text()).as("every message key resolves").doesNotContain("??");
    }

    private long createAndPublish(String uri, Map<String, String> form) {
        return editing.createPublished(uri, form);
    }

    private MvcTestResult post(String uri, Map<String, String> fields) {
        return editing.post(uri, fields);
    }
}
