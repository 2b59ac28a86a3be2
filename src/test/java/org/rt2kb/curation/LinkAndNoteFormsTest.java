package org.rt2kb.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Editing;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Instruments through their form, and the links and notes that connect entries, on the real database. */
@CatalogueTest
class LinkAndNoteFormsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @RegisterExtension
    final Editing editing = new Editing();

    @Test
    void shouldLinkAPublishedPracticeToAnInstrumentAndShowItOnBothPublicPages() {
        long practice = createPublishedPractice("kb-test-linked", "Zanzibar clove pickers get written contracts");
        long instrument = createInstrument("kb-test-linked-convention", "C998", "Convention on clove pickers");
        publish(instrument);

        assertThat(post(
                        "/admin/entries/" + practice + "/links",
                        Map.of(
                                "version",
                                version(practice),
                                "target",
                                "instrument:kb-test-linked-convention",
                                "relation",
                                "APPLIES",
                                "note",
                                "Applies its article 7 on written contracts.")))
                .hasStatus(HttpStatus.FOUND);

        Document page = Pages.page(mvc, "/practices/kb-test-linked");
        assertThat(page.select("a[href=/instruments/kb-test-linked-convention]"))
                .isNotEmpty();
        Document instrumentPage = Pages.page(mvc, "/instruments/kb-test-linked-convention");
        assertThat(instrumentPage.select("a[href=/practices/kb-test-linked]")).isNotEmpty();
        Document history = Pages.parse(mvc.get()
                .uri("/admin/entries/" + practice + "/history")
                .with(Editing.ANA)
                .exchange());
        assertThat(history.select(".revisions-table tbody tr").first().text()).contains("Links changed by ana");
        assertThat(history.select(".diff tbody th").eachText()).containsExactly("Links to other entries");
        assertThat(history.select(".diff td.after").text())
                .contains("applies → “Convention on clove pickers”: Applies its article 7 on written contracts.");

        Document panel = Pages.parse(
                mvc.get().uri("/admin/practices/" + practice).with(Editing.ANA).exchange());
        String remove = panel.select(".panel-links form").attr("action");
        assertThat(post(remove, Map.of("version", version(practice)))).hasStatus(HttpStatus.FOUND);
        assertThat(Pages.page(mvc, "/practices/kb-test-linked")
                        .select("a[href=/instruments/kb-test-linked-convention]"))
                .isEmpty();
    }

    @Test
    void shouldRefuseALinkToAnUnknownEntryWithAMessage() {
        long practice = createPublishedPractice("kb-test-badlink", "Practice with a bad link");

        MvcTestResult result = post(
                "/admin/entries/" + practice + "/links",
                Map.of("version", version(practice), "target", "instrument:no-such-thing", "relation", "APPLIES"));

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(result).select("#target-error").text())
                .isEqualTo("This entry does not exist: choose one from the list.");
    }

    @Test
    void shouldOfferATypedTargetWithTheEntriesAndTheTypesEachRelationJoins() {
        long practice = createPublishedPractice("kb-test-form-offer", "Practice whose link form is read");

        Document form = Pages.parse(mvc.get()
                .uri("/admin/entries/" + practice + "/links/new")
                .with(Editing.ANA)
                .header("Accept-Language", "en")
                .exchange());

        assertThat(form.select("input#target[name=target][type=text][list=link-targets]"))
                .hasSize(1);
        assertThat(form.select("input#target").attr("data-itself")).isEqualTo("practice:kb-test-form-offer");
        assertThat(form.select("#link-targets option[data-ref=instrument:c189]").attr("value"))
                .isEqualTo("Domestic Workers Convention, 2011 (No. 189)");
        assertThat(form.select("#link-targets option[data-ref=practice:kb-test-form-offer]"))
                .isEmpty();
        assertThat(form.select("#relation option[value=APPLIES]").attr("data-types"))
                .isEqualTo("instrument");
        assertThat(form.select("#relation option[value=RELATES_TO]").attr("data-types"))
                .isEqualTo("practice instrument");
        assertThat(form.select("script[src*=link-target]")).hasSize(1);
    }

    @Test
    void shouldLinkToAnEntryTypedByItsTitleInAnyLanguageWithoutCaseOrAccents() {
        long practice = createPublishedPractice("kb-test-titled", "Practice linked by a title");
        Map<String, String> convention =
                new LinkedHashMap<>(Editing.instrument("kb-test-titled-convention", "C997", "Tea pickers convention"));
        convention.put("titleFr", "Convention sur les cueilleurs de thé");
        long instrument = createInstrument(convention);
        // A practice bears the same title, but "applies" leads to instruments only: the instrument is meant.
        createPublishedPractice("kb-test-titled-twin", "Convention sur les cueilleurs de thé");

        assertThat(post(
                        "/admin/entries/" + practice + "/links",
                        Map.of(
                                "version",
                                version(practice),
                                "target",
                                "  CONVENTION SUR LES CUEILLEURS DE THE ",
                                "relation",
                                "APPLIES")))
                .hasStatus(HttpStatus.FOUND);

        assertThat(applied(practice)).containsExactly(instrument);
    }

    @Test
    void shouldRefuseATitleNoEntryHasWithA422() {
        long practice = createPublishedPractice("kb-test-untitled", "Practice with an unknown target");

        MvcTestResult result = post(
                "/admin/entries/" + practice + "/links",
                Map.of("version", version(practice), "target", "Convention on nobody", "relation", "APPLIES"));

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(result);
        assertThat(page.select("#target-error").text())
                .isEqualTo("No entry is called “Convention on nobody”: choose a suggestion, or type the title as"
                        + " written or the type and slug (instrument:c189).");
        assertThat(page.select("input#target").attr("value")).isEqualTo("Convention on nobody");
        assertThat(applied(practice)).isEmpty();
    }

    @Test
    void shouldRefuseATitleSeveralEntriesShareWithA422NamingThem() {
        long practice = createPublishedPractice("kb-test-ambiguous", "Practice with an ambiguous target");
        createInstrument("kb-test-mango-a", "C995", "Convention on mango pickers");
        createInstrument("kb-test-mango-b", "C996", "Convention on mango pickers");

        MvcTestResult result = post(
                "/admin/entries/" + practice + "/links",
                Map.of("version", version(practice), "target", "convention on mango pickers", "relation", "APPLIES"));

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(result).select("#target-error").text())
                .startsWith("Several entries are called “convention on mango pickers”: type the one you mean by its"
                        + " type and slug, among ")
                .contains("instrument:kb-test-mango-a", "instrument:kb-test-mango-b");
        assertThat(applied(practice)).isEmpty();
    }

    @Test
    void shouldShowAPublicNoteAndKeepAnInternalOneOffThePublicPageAndSearch() {
        long practice = createPublishedPractice("kb-test-noted", "Practice with notes");

        assertThat(post(
                        "/admin/entries/" + practice + "/notes/new",
                        Map.of(
                                "kind",
                                "STATUS_UPDATE",
                                "visibility",
                                "PUBLIC",
                                "textEn",
                                "Extended to seasonal workers in 2025 (Yarrowvale decree).",
                                "version",
                                "0")))
                .hasStatus(HttpStatus.FOUND);
        assertThat(post(
                        "/admin/entries/" + practice + "/notes/new",
                        Map.of(
                                "kind",
                                "CURATOR_NOTE",
                                "visibility",
                                "INTERNAL",
                                "textEn",
                                "Check the Quillfeather ministry source again.",
                                "version",
                                "0")))
                .hasStatus(HttpStatus.FOUND);

        String page = Pages.page(mvc, "/practices/kb-test-noted").text();
        assertThat(page).contains("Yarrowvale decree").doesNotContain("Quillfeather");
        assertThat(mvc.get().uri("/api/search?q=Yarrowvale"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(1);
        assertThat(mvc.get().uri("/api/search?q=Quillfeather"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void shouldRefuseAnEmptyNote() {
        long practice = createPublishedPractice("kb-test-empty-note", "Practice with an empty note");

        MvcTestResult result = post(
                "/admin/entries/" + practice + "/notes/new",
                Map.of("kind", "NOT_A_KIND", "visibility", "PUBLIC", "textEn", " "));

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(result).select(".error-summary li")).isNotEmpty();
    }

    /** The entries the practice applies. */
    private List<Long> applied(long practice) {
        return curation.panel(practice).links().stream()
                .filter(link -> link.relation().equals("applies"))
                .map(EntryPanel.Link::otherId)
                .toList();
    }

    private long createPublishedPractice(String slug, String title) {
        return editing.createPublished("/admin/practices/new", Editing.practice(slug, title));
    }

    private long createInstrument(String slug, String code, String title) {
        return createInstrument(Editing.instrument(slug, code, title));
    }

    private long createInstrument(Map<String, String> form) {
        return editing.create("/admin/instruments/new", form);
    }

    private void publish(long id) {
        editing.move(id, "PUBLISHED");
    }

    private String version(long id) {
        return editing.version(id);
    }

    private MvcTestResult post(String uri, Map<String, String> fields) {
        return editing.post(uri, fields);
    }
}
