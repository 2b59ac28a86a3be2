package org.rt2kb.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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

/**
 * Themes through their forms, on the real database: a new sub-theme, and a theme's moves and archiving as its
 * practices' search documents see them.
 */
@CatalogueTest
class ThemeFormsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @RegisterExtension
    final Editing editing = new Editing();

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

        MvcTestResult taken = editing.post("/admin/themes/new", form);
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
}
