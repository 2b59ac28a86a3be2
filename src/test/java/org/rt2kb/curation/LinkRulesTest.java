package org.rt2kb.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Editing;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Each relation joins only the types of entries it makes sense for: the link form offers those, and a save that
 * pairs them otherwise is refused at its field, in the editor's language, with nothing stored.
 */
@CatalogueTest
class LinkRulesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Editing editing = new Editing();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | “illustrates” does not fit these two entries. A practice illustrates a theme.",
                "fr | « illustre » ne convient pas à ces deux fiches. Une pratique illustre un thème."
            })
    void shouldRefuseAPracticeThatIllustratesAnInstrumentAndStoreNothing(String language, String message) {
        long practice = editing.createPublished(
                "/admin/practices/new",
                Editing.practice("kb-test-illustrates-instrument", "Quarry workers get helmets"));
        String version = editing.version(practice);
        long links = linksOf(practice);
        long revisions = revisionsOf(practice);

        MvcTestResult refused = postLink(
                practice,
                language,
                Map.of(
                        "version",
                        version,
                        "relation",
                        "ILLUSTRATES",
                        "target",
                        "instrument:c181",
                        "note",
                        "Not a theme."));

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document form = Pages.parse(refused);
        assertThat(form.select("#relation-error").text()).isEqualTo(message);
        assertThat(form.select("#relation option[selected]").val()).isEqualTo("ILLUSTRATES");
        assertThat(form.select("input#target").val()).isEqualTo("instrument:c181");
        assertThat(form.select("#note").text()).isEqualTo("Not a theme.");
        assertThat(linksOf(practice)).isEqualTo(links);
        assertThat(revisionsOf(practice)).isEqualTo(revisions);
        assertThat(editing.version(practice)).isEqualTo(version);
        assertThat(Pages.page(mvc, "/practices/kb-test-illustrates-instrument").select("a[href=/instruments/c181]"))
                .isEmpty();
    }

    @Test
    void shouldRefuseAThemeCitingAPracticeAndAnUnknownOrSameEntry() {
        long theme = id("theme", "health");
        String version = editing.version(theme);

        MvcTestResult practice = postLink(
                theme, "en", Map.of("version", version, "relation", "CITES", "target", "practice:recruitment-advisor"));
        MvcTestResult unknown = postLink(
                theme, "fr", Map.of("version", version, "relation", "CITES", "target", "instrument:no-such-thing"));
        MvcTestResult itself =
                postLink(theme, "en", Map.of("version", version, "relation", "RELATES_TO", "target", "theme:health"));

        assertThat(practice).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(practice).select("#relation-error").text())
                .isEqualTo("“cites” does not fit these two entries. A theme cites an instrument.");
        assertThat(unknown).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(unknown).select("#target-error").text())
                .isEqualTo("Cette fiche n’existe pas : choisissez-en une dans la liste.");
        assertThat(itself).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(itself).select("#target-error").text())
                .isEqualTo("An entry cannot be linked to itself.");
        assertThat(editing.version(theme)).isEqualTo(version);
    }

    @Test
    void shouldOfferOnlyTheRelationsAndTargetsAnEntrysTypeMayHave() {
        Document theme = linkForm(id("theme", "health"));
        Document instrument = linkForm(id("instrument", "c181"));
        Document practice = linkForm(id("practice", "recruitment-advisor"));

        assertThat(theme.select("#relation option").eachAttr("value")).containsExactly("CITES", "RELATES_TO");
        assertThat(theme.select("#link-targets option").eachAttr("data-ref"))
                .isNotEmpty()
                .allSatisfy(target -> assertThat(target).startsWith("instrument:"));
        assertThat(theme.select("#relation-hint li").eachText())
                .containsExactly(
                        "A theme cites an instrument.",
                        "Practices and instruments are related to each other, and themes to instruments.");
        assertThat(instrument.select("#relation option").eachAttr("value")).containsExactly("RELATES_TO");
        assertThat(instrument.select("#link-targets option").eachAttr("data-ref"))
                .contains("theme:health", "practice:recruitment-advisor", "instrument:icescr")
                .doesNotContain("instrument:c181");
        assertThat(practice.select("#relation option").eachAttr("value"))
                .containsExactly("APPLIES", "RELATES_TO", "ILLUSTRATES");
        assertThat(practice.select("#relation option").eachText())
                .containsExactly("applies", "related to", "illustrates");
    }

    @Test
    void shouldLinkWhatTheRuleAllows() {
        long practice = editing.createPublished(
                "/admin/practices/new", Editing.practice("kb-test-related-practice", "Harbour porters get shade"));

        MvcTestResult saved = postLink(
                practice,
                "en",
                Map.of(
                        "version",
                        editing.version(practice),
                        "relation",
                        "RELATES_TO",
                        "target",
                        "practice:recruitment-advisor"));

        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(Pages.page(mvc, "/practices/recruitment-advisor")
                        .select("a[href=/practices/kb-test-related-practice]"))
                .hasSize(1);
    }

    private Document linkForm(long id) {
        MvcTestResult result = mvc.get()
                .uri("/admin/entries/" + id + "/links/new")
                .with(Editing.ANA)
                .header("Accept-Language", "en")
                .exchange();
        assertThat(result).hasStatusOk();
        return Pages.parse(result);
    }

    private MvcTestResult postLink(long id, String language, Map<String, String> fields) {
        return mvc.post()
                .uri("/admin/entries/" + id + "/links")
                .params(Editing.params(new LinkedHashMap<>(fields)))
                .header("Accept-Language", language)
                .with(Editing.ANA)
                .with(csrf())
                .exchange();
    }

    private long id(String type, String slug) {
        return jdbc.sql("select id from entry where entry_type = ? and slug = ?")
                .param(type)
                .param(slug)
                .query(Long.class)
                .single();
    }

    private long linksOf(long id) {
        return jdbc.sql("select count(*) from entry_link where from_entry_id = ? or to_entry_id = ?")
                .param(id)
                .param(id)
                .query(Long.class)
                .single();
    }

    private long revisionsOf(long id) {
        return jdbc.sql("select count(*) from entry_revision where entry_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
