package org.rt2kb.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

/** The reference lists through their forms: renaming reaches pages and search, stale forms and bad codes are refused. */
@CatalogueTest
class ReferenceFormsTest {

    static final RequestPostProcessor EDITOR = user("rita").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRenameACountryOnPagesAndInSearchAndRefuseAStaleForm() {
        Map<String, String> original = form("/admin/reference/countries/EC");
        Map<String, String> renamed = new LinkedHashMap<>(original);
        renamed.put("nameEn", "Ecuador Zorblandia");
        try {
            assertThat(post("/admin/reference/countries/EC", renamed)).hasStatus(HttpStatus.FOUND);
            assertThat(Pages.page(mvc, "/countries/EC").select("h1").text()).contains("Ecuador Zorblandia");
            assertThat(mvc.get().uri("/api/search?q=Zorblandia"))
                    .bodyJson()
                    .extractingPath("$.total")
                    .asNumber()
                    .satisfies(total -> assertThat(total.intValue()).isPositive());
            assertThat(post("/admin/reference/countries/EC", renamed))
                    .flash()
                    .containsEntry("problem", "admin.flash.stale");
        } finally {
            Map<String, String> back = new LinkedHashMap<>(original);
            back.put("version", form("/admin/reference/countries/EC").get("version"));
            assertThat(post("/admin/reference/countries/EC", back)).hasStatus(HttpStatus.FOUND);
        }
        assertThat(mvc.get().uri("/api/search?q=Zorblandia"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void shouldShowACountrysSpanishNameToSpanishReadersAndFallBackToEnglishWithoutOne() {
        Map<String, String> original = form("/admin/reference/countries/EC");
        assertThat(original.get("nameEs")).isEqualTo("Ecuador");
        Map<String, String> renamed = new LinkedHashMap<>(original);
        renamed.put("nameEs", "República del Ecuador");
        try {
            assertThat(post("/admin/reference/countries/EC", renamed)).hasStatus(HttpStatus.FOUND);
            assertThat(Pages.page(mvc, "/countries/EC", "es", HttpStatus.OK)
                            .select("h1 [lang=es]")
                            .text())
                    .isEqualTo("República del Ecuador");
            assertThat(mvc.get().uri("/api/reference/countries"))
                    .bodyJson()
                    .extractingPath("$[?(@.code == 'EC')].nameEs")
                    .asArray()
                    .containsExactly("República del Ecuador");

            renamed = new LinkedHashMap<>(form("/admin/reference/countries/EC"));
            renamed.put("nameEs", "");
            assertThat(post("/admin/reference/countries/EC", renamed)).hasStatus(HttpStatus.FOUND);
            Document page = Pages.page(mvc, "/countries/EC", "es", HttpStatus.OK);
            assertThat(page.select("h1 [lang=en]").text()).isEqualTo("Ecuador");
        } finally {
            Map<String, String> back = new LinkedHashMap<>(original);
            back.put("version", form("/admin/reference/countries/EC").get("version"));
            assertThat(post("/admin/reference/countries/EC", back)).hasStatus(HttpStatus.FOUND);
        }
    }

    @Test
    void shouldAddAnSdgTargetAndRefuseBadCodesInTheEditorsLanguage() {
        Map<String, String> target = new LinkedHashMap<>(Map.of(
                "code",
                "17.zz",
                "nameEn",
                "A test target",
                "nameFr",
                "Une cible d’essai",
                "frUnofficial",
                "true",
                "version",
                "0"));
        try {
            assertThat(post("/admin/reference/sdg-targets/new", target)).hasStatus(HttpStatus.FOUND);
            assertThat(form("/admin/reference/sdg-targets/17.zz").get("nameFr")).isEqualTo("Une cible d’essai");
        } finally {
            jdbc.update("delete from sdg_target where code = '17.zz'");
        }
        target.put("code", "seventeen");
        MvcTestResult bad = mvc.post()
                .uri("/admin/reference/sdg-targets/new")
                .params(params(target))
                .header("Accept-Language", "fr")
                .with(EDITOR)
                .with(csrf())
                .exchange();
        assertThat(bad).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Pages.parse(bad).select("#code-error").text()).startsWith("Utilisez le numéro de la cible");
        assertThat(mvc.get().uri("/admin/reference/gcm-objectives/new").with(EDITOR))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private Map<String, String> form(String uri) {
        Document page = Pages.parse(mvc.get().uri(uri).with(EDITOR).exchange());
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("form.entry-form input[name]").forEach(i -> {
            if (!i.attr("type").equals("checkbox") || i.hasAttr("checked")) {
                fields.put(i.attr("name"), i.val());
            }
        });
        page.select("form.entry-form select[name]")
                .forEach(s ->
                        fields.put(s.attr("name"), s.select("option[selected]").val()));
        fields.remove("_csrf");
        return fields;
    }

    private MvcTestResult post(String uri, Map<String, String> fields) {
        return mvc.post()
                .uri(uri)
                .params(params(fields))
                .with(EDITOR)
                .with(csrf())
                .exchange();
    }

    private static LinkedMultiValueMap<String, String> params(Map<String, String> fields) {
        var params = new LinkedMultiValueMap<String, String>();
        fields.forEach(params::add);
        return params;
    }
}
