package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.Editing.ADA;
import static org.rt2kb.support.Editing.ANA;
import static org.rt2kb.support.Editing.BRUNO;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The practice form, the workflow and the history, driven as editors drive them, on the real database. */
@CatalogueTest
class PracticeFormsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @RegisterExtension
    final Editing editing = new Editing();

    @Test
    void shouldCreateADraftThatOnlyEditorsSee() {
        long id = create("kb-test-draft", "Draft practice on seasonal visas");

        assertThat(curation.entry(id).getStatus().code()).isEqualTo("draft");
        assertThat(mvc.get().uri("/practices/kb-test-draft")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/search?q=seasonal+visas+draft"))
                .bodyJson()
                .extractingPath("$.hits[*].slug")
                .asArray()
                .doesNotContain("kb-test-draft");
        Document form =
                Pages.parse(mvc.get().uri("/admin/practices/" + id).with(ANA).exchange());
        assertThat(form.select("#titleEn").val()).isEqualTo("Draft practice on seasonal visas");
        assertThat(form.select(".status").text()).isEqualTo("Draft");
        assertThat(form.select("input[name=gcmObjectives]")).hasSize(23);
        assertThat(form.select("#concepts input[type=checkbox][name=concepts]")).hasSizeGreaterThan(200);
        assertThat(form.select("#themes-health").hasAttr("checked")).isTrue();
    }

    @Test
    void shouldPublishAndFindThePracticeAtOnceThenHideItWhenArchived() {
        long id = create("kb-test-published", "Quokkaville harvest workers get portable health cover");

        move(id, "IN_REVIEW");
        move(id, "PUBLISHED");

        assertThat(mvc.get().uri("/practices/kb-test-published")).hasStatus(HttpStatus.OK);
        assertThat(mvc.get().uri("/api/search?q=Quokkaville"))
                .bodyJson()
                .extractingPath("$.hits[0].slug")
                .isEqualTo("kb-test-published");

        move(id, "ARCHIVED");

        assertThat(mvc.get().uri("/practices/kb-test-published")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/search?q=Quokkaville"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void shouldRecordEachChangeAndRestoreAnEarlierVersionAsANewOne() {
        long id = create("kb-test-history", "Language classes for new arrivals");
        int version = version(id);
        Map<String, String> edited = form("kb-test-history", "Free language classes for every new arrival");
        edited.put("countries", "PT, ES");
        edited.put("themes", "housing");
        edited.put("version", String.valueOf(version));
        assertThat(post("/admin/practices/" + id, edited, ANA)).hasStatus(HttpStatus.FOUND);

        Document history = Pages.parse(
                mvc.get().uri("/admin/entries/" + id + "/history").with(ANA).exchange());
        assertThat(history.select(".diff tbody th").eachText())
                .containsExactlyInAnyOrder(
                        "Title in English", "Countries (ISO codes)", "Themes it illustrates", "Links to other entries");
        // Codes are written as the names an editor reads, in the editor's language.
        assertThat(history.select(".diff td.after").eachText())
                .contains(
                        "Free language classes for every new arrival",
                        "Portugal, Spain",
                        "Access to housing",
                        "illustrates → “Access to housing”");
        Document french = Pages.parse(mvc.get()
                .uri("/admin/entries/" + id + "/history")
                .header("Accept-Language", "fr")
                .with(ANA)
                .exchange());
        assertThat(french.select(".diff td.after").eachText()).contains("Portugal, Espagne", "Accès au logement");
        assertThat(history.select(".revisions-table tbody tr")).hasSize(2);

        assertThat(post(
                        "/admin/entries/" + id + "/history/1/restore",
                        Map.of("version", String.valueOf(version(id))),
                        BRUNO))
                .hasStatus(HttpStatus.FOUND);

        Document form =
                Pages.parse(mvc.get().uri("/admin/practices/" + id).with(ANA).exchange());
        assertThat(form.select("#titleEn").val()).isEqualTo("Language classes for new arrivals");
        assertThat(form.select("#countries").val()).isEqualTo("FI");
        Document after = Pages.parse(
                mvc.get().uri("/admin/entries/" + id + "/history").with(ANA).exchange());
        assertThat(after.select(".revisions-table tbody tr")).hasSize(3);
        assertThat(after.select(".revisions-table tbody tr").first().text())
                .contains("Earlier version restored by bruno");
    }

    @Test
    void shouldShowTheSecondEditorAConflictAndKeepTheFirstEditorsChange() {
        long id = create("kb-test-conflict", "Ombudsperson for migrant workers");
        String read = String.valueOf(version(id));
        Map<String, String> ana = form("kb-test-conflict", "Ombudsperson for migrant domestic workers");
        ana.put("version", read);
        Map<String, String> bruno = form("kb-test-conflict", "Labour ombudsperson for migrant workers");
        bruno.put("version", read);

        assertThat(post("/admin/practices/" + id, ana, ANA)).hasStatus(HttpStatus.FOUND);
        MvcTestResult conflict = post("/admin/practices/" + id, bruno, BRUNO);

        assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
        Document page = Pages.parse(conflict);
        assertThat(page.select(".conflict tr.differs td").eachText())
                .containsExactly(
                        "Ombudsperson for migrant domestic workers", "Labour ombudsperson for migrant workers");
        assertThat(page.select("#titleEn").val()).isEqualTo("Labour ombudsperson for migrant workers");
        assertThat(page.select("#version").val()).isEqualTo(String.valueOf(version(id)));
        Document stored =
                Pages.parse(mvc.get().uri("/admin/practices/" + id).with(ANA).exchange());
        assertThat(stored.select("#titleEn").val()).isEqualTo("Ombudsperson for migrant domestic workers");
    }

    @Test
    void shouldTagConceptsWithCheckBoxesListingTheChosenOnesFirstWithTheirNamesInEveryLanguage() {
        long id = create("kb-test-concepts", "Practice tagged with concepts");

        assertThat(saveConcepts(id, "statelessness", "domestic-workers")).hasStatus(HttpStatus.FOUND);
        Document form = Pages.parse(mvc.get()
                .uri("/admin/practices/" + id)
                .header("Accept-Language", "fr")
                .with(ANA)
                .exchange());
        List<String> boxes =
                form.select("#concepts-options input[type=checkbox]").eachAttr("value");
        assertThat(boxes).hasSizeGreaterThan(200).doesNotHaveDuplicates();
        assertThat(boxes.subList(0, 2)).containsExactlyInAnyOrder("statelessness", "domestic-workers");
        assertThat(form.select("#concepts-options input[checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("statelessness", "domestic-workers");
        assertThat(form.select("label[for=concepts-domestic-workers]").text()).isEqualTo("travailleurs domestiques");
        assertThat(form.select("#concepts-domestic-workers").parents().first().attr("data-terms"))
                .contains("domestic workers", "travailleurs domestiques", "trabajadoras y trabajadores domésticos");
        assertThat(form.select("input[type=search]#concepts-filter").attr("aria-controls"))
                .isEqualTo("concepts-options");
        // The filter does nothing without JavaScript, which shows it.
        assertThat(form.select(".concept-filter").hasAttr("hidden")).isTrue();

        assertThat(saveConcepts(id, "statelessness")).hasStatus(HttpStatus.FOUND);
        assertThat(Pages.parse(mvc.get().uri("/admin/practices/" + id).with(ANA).exchange())
                        .select("#concepts-options input[checked]")
                        .eachAttr("value"))
                .containsExactly("statelessness");
    }

    @Test
    void shouldListTheRegionsInTheAlphabeticalOrderOfTheEditorsLanguage() {
        for (String language : List.of("en", "fr", "es")) {
            Document form = Pages.parse(mvc.get()
                    .uri("/admin/practices/new")
                    .header("Accept-Language", language)
                    .with(ANA)
                    .exchange());
            List<String> regions = form.select("#region option:not([value=''])").eachText();

            assertThat(regions).as(language).hasSizeGreaterThan(10);
            assertThat(regions)
                    .as(language)
                    .isSortedAccordingTo(Collator.getInstance(Locale.forLanguageTag(language))::compare);
        }
    }

    @Test
    void shouldExplainEachBadFieldInTheEditorsLanguageAndKeepWhatWasTyped() {
        Map<String, String> bad = form("Not A Slug", "");
        bad.put("countries", "FI, XX");
        bad.put("startYear", "2020");
        bad.put("endYear", "2019");
        bad.put("links", "https://example.org/ok\njavascript:alert(1)");
        bad.put("number", "twelve");

        MvcTestResult result = mvc.post()
                .uri("/admin/practices/new")
                .params(params(bad))
                .header("Accept-Language", "fr")
                .with(ANA)
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(result);
        assertThat(page.select("#slug").val()).isEqualTo("Not A Slug");
        assertThat(page.select("#countries").val()).isEqualTo("FI, XX");
        assertThat(page.select("#titleEn-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#slug-error").text()).contains("minuscules");
        assertThat(page.select("#countries-error").text()).isEqualTo("Codes pays ISO inconnus : XX.");
        assertThat(page.select("#endYear-error").text()).isEqualTo("La fin précède le début.");
        assertThat(page.select("#links-error").text()).contains("javascript:alert(1)");
        assertThat(page.select("#number-error").text()).isEqualTo("Saisissez un nombre entier.");
        assertThat(page.select(".error-summary li")).hasSize(6);
    }

    @Test
    void shouldMarkAChoiceThatIsNotOneOfItsOptionsOnItsField() {
        Map<String, String> bad = form("kb-test-bad-scope", "A practice of no scope");
        bad.put("scope", "INTERGALACTIC");

        MvcTestResult result = post("/admin/practices/new", bad, ANA);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(result);
        assertThat(page.select("#scope").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#scope").attr("aria-describedby")).isEqualTo("scope-error");
        assertThat(page.select("#scope-error").text()).isNotBlank();
        assertThat(page.select("#actorType").attr("aria-invalid")).isEmpty();
    }

    @Test
    void shouldRefuseATakenAddress() {
        MvcTestResult result =
                post("/admin/practices/new", form("finland-healthcare-undocumented-migrants", "A copy"), ANA);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(result).select("#slug-error").text())
                .isEqualTo("Another entry of this type already has this address.");
    }

    @Test
    void shouldLetOnlyAnAdministratorPurgeAndOnlyAnArchivedEntryAndKeepItsHistory() {
        long id = create("kb-test-purge", "Practice to purge");
        assertThat(post("/admin/entries/" + id + "/purge", Map.of("version", String.valueOf(version(id))), ADA))
                .hasStatus(HttpStatus.FOUND);
        assertThat(curation.entry(id)).isNotNull();

        move(id, "ARCHIVED");
        assertThat(post("/admin/entries/" + id + "/purge", Map.of("version", String.valueOf(version(id))), ANA))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("/admin/entries/" + id + "/purge", Map.of("version", String.valueOf(version(id))), ADA))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/history");
        editing.forget(id);

        assertThat(mvc.get().uri("/admin/practices/" + id).with(ANA)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(Pages.parse(mvc.get().uri("/admin/history").with(ANA).exchange())
                        .select(".revisions li")
                        .first()
                        .text())
                .contains("Purged by ada")
                .contains("Practice to purge");
    }

    /** Saves the practice's form with these concepts ticked, as the browser sends the boxes. */
    private MvcTestResult saveConcepts(long id, String... concepts) {
        Map<String, String> fields = form("kb-test-concepts", "Practice tagged with concepts");
        fields.put("version", String.valueOf(version(id)));
        var params = params(fields);
        params.addAll("concepts", List.of(concepts));
        return mvc.post()
                .uri("/admin/practices/" + id)
                .params(params)
                .with(ANA)
                .with(csrf())
                .exchange();
    }

    private long create(String slug, String title) {
        return editing.create("/admin/practices/new", form(slug, title));
    }

    private void move(long id, String to) {
        editing.move(id, to);
    }

    private int version(long id) {
        return Integer.parseInt(editing.version(id));
    }

    private MvcTestResult post(String uri, Map<String, String> fields, RequestPostProcessor editor) {
        return editing.post(uri, fields, editor);
    }

    private static Map<String, String> form(String slug, String title) {
        return Editing.practice(slug, title);
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> fields) {
        return Editing.params(fields);
    }
}
