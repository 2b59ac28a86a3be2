package org.rt2kb.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Themes and thesaurus concepts through their forms, on the real database. */
@CatalogueTest
class ThemeAndConceptFormsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    private Editing editing;

    @BeforeEach
    void startEditing() {
        editing = new Editing(mvc, curation);
    }

    @AfterEach
    void purgeCreatedEntries() {
        editing.purgeCreated();
    }

    @Test
    void shouldPublishANewSubThemeUnderItsTheme() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", "kb-test-sub-theme");
        form.put("kind", "SUB_THEME");
        form.put("parent", "health");
        form.put("position", "9001");
        form.put("titleFr", "Santé des travailleurs saisonniers");
        form.put("titleEn", "Health of seasonal workers");
        form.put("enUnofficial", "true");
        form.put("textFr", "Un texte de la section sur les travailleurs saisonniers.");
        form.put("summaryEn", "A section on seasonal workers.");
        form.put("version", "0");
        long id = editing.create("/admin/themes/new", form);

        MvcTestResult taken = post("/admin/themes/new", form);
        assertThat(Pages.parse(taken).select("#position-error").text())
                .isEqualTo("Another section already has this position.");

        editing.move(id, "PUBLISHED");
        Document page = Pages.page(mvc, "/themes/kb-test-sub-theme", "fr", HttpStatus.OK);
        assertThat(page.select("h1").text()).contains("Santé des travailleurs saisonniers");
    }

    @Test
    void shouldCarryAThemesNewParentAndItsArchivingToThePracticesSearchDocuments() {
        Map<String, String> theme = subTheme("kb-test-moving-theme", "9002", "health");
        long themeId = editing.createPublished("/admin/themes/new", theme);
        Map<String, String> practice = Editing.practice("kb-test-themed-practice", "Quinceharbour dockers unionise");
        practice.put("themes", "kb-test-moving-theme");
        editing.createPublished("/admin/practices/new", practice);
        assertHits("Quinceharbour", "health", 1);

        theme.put("parent", "housing");
        theme.put("version", editing.version(themeId));
        assertThat(editing.post("/admin/themes/" + themeId, theme)).hasStatus(HttpStatus.FOUND);
        assertHits("Quinceharbour", "housing", 1);
        assertHits("Quinceharbour", "health", 0);

        editing.move(themeId, "ARCHIVED");
        assertHits("Quinceharbour", "kb-test-moving-theme", 0);
        assertHits("Quinceharbour", null, 1);
    }

    private void assertHits(String words, String theme, int expected) {
        String uri = "/api/search?q=" + words + (theme == null ? "" : "&theme=" + theme);
        assertThat(mvc.get().uri(uri))
                .as(uri)
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(expected);
    }

    private static Map<String, String> subTheme(String slug, String position, String parent) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", slug);
        form.put("kind", "SUB_THEME");
        form.put("parent", parent);
        form.put("position", position);
        form.put("titleFr", "Une sous-section d’essai");
        form.put("titleEn", "A test sub-section");
        form.put("textFr", "Le texte d’une sous-section d’essai.");
        form.put("summaryEn", "The text of a test sub-section.");
        form.put("version", "0");
        return form;
    }

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
                String.join(",", form.select("#broader option[selected]").eachAttr("value")));
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
