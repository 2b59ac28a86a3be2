package org.rt2kb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.curation.Curation;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.MovableClock;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

/** The public suggestion form, from a visitor's post to the secretariat's draft, and the robots it turns away. */
@CatalogueTest
class SuggestionsTest {

    static final RequestPostProcessor ANA = user("ana").roles("EDITOR");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curation curation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SuggestionStamps stamps;

    @Autowired
    MovableClock clock;

    @AfterEach
    void removeSuggestedPractices() {
        clock.reset();
        for (long id : jdbc.sql("select practice_id from practice_suggestion")
                .query(Long.class)
                .list()) {
            Entry entry = curation.entry(id);
            if (entry.getStatus() != EntryStatus.ARCHIVED) {
                entry = curation.move(id, entry.getVersion(), EntryStatus.ARCHIVED, "test");
            }
            curation.purge(id, entry.getVersion(), "test");
        }
    }

    @Test
    void shouldOfferTheFormWithASignedTimeAndATrapThatPeopleNeitherSeeNorReach() {
        Document page = Pages.page(mvc, "/suggest", "fr", HttpStatus.OK);

        assertThat(page.select("h1").text()).isEqualTo("Proposer une pratique");
        assertThat(page.select("form.suggest-form input[name=_csrf]")).hasSize(1);
        assertThat(page.select("input[name=stamp]").val()).matches("\\d+\\.[A-Za-z0-9_-]+");
        Element trap = page.selectFirst("input[name=website]");
        assertThat(trap.attr("tabindex")).isEqualTo("-1");
        assertThat(trap.attr("autocomplete")).isEqualTo("off");
        assertThat(trap.parent().attr("aria-hidden")).isEqualTo("true");
        assertThat(page.select("label[for=title]").text()).isEqualTo("Titre (obligatoire)");
        assertThat(Pages.page(mvc, "/practices").select("a[href=/suggest]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Pages.page(mvc, "/about").select("main a[href=/suggest]")).hasSize(1);
    }

    @Test
    void shouldTurnASuggestionIntoADraftThatOnlyEditorsSee() {
        MvcTestResult sent = send(suggestion("Mobile clinics for Quetzaltenango seasonal workers"), "192.0.2.1", "en");

        assertThat(sent).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/suggest/thanks");
        assertThat(Pages.page(mvc, "/suggest/thanks").select("h1").text()).isEqualTo("Thank you for your suggestion");
        long id = practiceId("mobile-clinics-for-quetzaltenango-seasonal-workers");
        assertThat(curation.entry(id).getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThat(mvc.get().uri("/practices/mobile-clinics-for-quetzaltenango-seasonal-workers"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/search?q=Quetzaltenango"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);

        Document form = Pages.parse(mvc.get()
                .uri("/admin/practices/" + id)
                .header("Accept-Language", "en")
                .with(ANA)
                .exchange());
        assertThat(form.select("#titleEn").val()).isEqualTo("Mobile clinics for Quetzaltenango seasonal workers");
        assertThat(form.select("#titleFr").val()).isEmpty();
        assertThat(form.select("#countries").val()).isEqualTo("GT, MX");
        assertThat(form.select("#startYear").val()).isEqualTo("2021");
        assertThat(form.select("#links").text()).isEqualTo("https://example.org/clinics");
        assertThat(form.select(".suggested-by h2").text()).isEqualTo("Suggested by");
        assertThat(form.select(".suggested-by dd").eachText())
                .contains("Rosa Quispe", "rosa@example.org", "Clinica Movil");
        assertThat(form.select(".suggested-message").text()).isEqualTo("Happy to send photos.");

        Document dashboard = Pages.parse(mvc.get()
                .uri("/admin")
                .header("Accept-Language", "en")
                .with(ANA)
                .exchange());
        Element row =
                dashboard.select("table.entries tr:contains(Quetzaltenango)").first();
        assertThat(row).isNotNull();
        assertThat(row.select(".tag-suggested").text()).isEqualTo("Suggested");
        Document history = Pages.parse(mvc.get()
                .uri("/admin/entries/" + id + "/history")
                .header("Accept-Language", "en")
                .with(ANA)
                .exchange());
        assertThat(history.text()).contains("Suggested through the public form (suggestion)");
    }

    @Test
    void shouldKeepTheSendersContactOffPublicPagesTheApiAndTheIndexOncePublished() throws Exception {
        assertThat(send(suggestion("Mobile clinics for Quetzaltenango seasonal workers"), "192.0.2.2", "en"))
                .hasStatus(HttpStatus.FOUND);
        long id = practiceId("mobile-clinics-for-quetzaltenango-seasonal-workers");
        assertThat(jdbc.sql("select name, email, organisation, message from practice_suggestion where practice_id = ?")
                        .param(id)
                        .query()
                        .singleRow())
                .containsValues("Rosa Quispe", "rosa@example.org", "Clinica Movil", "Happy to send photos.");

        Entry entry = curation.move(id, curation.entry(id).getVersion(), EntryStatus.IN_REVIEW, "test");
        curation.move(id, entry.getVersion(), EntryStatus.PUBLISHED, "test");

        String page = body(mvc.get()
                .uri("/practices/mobile-clinics-for-quetzaltenango-seasonal-workers")
                .exchange());
        String json = body(mvc.get()
                .uri("/api/practices/mobile-clinics-for-quetzaltenango-seasonal-workers")
                .exchange());
        assertThat(page).contains("Quetzaltenango");
        assertThat(json).contains("Quetzaltenango");
        for (String contact : List.of("Rosa", "Quispe", "rosa@example.org", "Clinica Movil", "photos")) {
            assertThat(page).doesNotContain(contact);
            assertThat(json).doesNotContain(contact);
        }
        assertThat(mvc.get().uri("/api/search?q=Quetzaltenango"))
                .bodyJson()
                .extractingPath("$.hits[0].slug")
                .isEqualTo("mobile-clinics-for-quetzaltenango-seasonal-workers");
        assertThat(mvc.get().uri("/api/search?q=Quispe"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void shouldPutAFrenchSuggestionInTheFrenchFieldsAndGiveEachTitleItsOwnAddress() {
        Map<String, String> fields = suggestion("Santé des travailleurs saisonniers à Quetzaltenango");
        fields.put("description", "Des cliniques mobiles pour les travailleurs saisonniers.");
        assertThat(send(fields, "192.0.2.3", "fr")).hasStatus(HttpStatus.FOUND);
        assertThat(send(fields, "192.0.2.3", "fr")).hasStatus(HttpStatus.FOUND);

        long first = practiceId("sante-des-travailleurs-saisonniers-a-quetzaltenango");
        long second = practiceId("sante-des-travailleurs-saisonniers-a-quetzaltenango-2");
        Document form = Pages.parse(mvc.get()
                .uri("/admin/practices/" + first)
                .header("Accept-Language", "en")
                .with(ANA)
                .exchange());
        assertThat(form.select("#titleFr").val()).isEqualTo("Santé des travailleurs saisonniers à Quetzaltenango");
        assertThat(form.select("#descriptionFr").text())
                .isEqualTo("Des cliniques mobiles pour les travailleurs saisonniers.");
        assertThat(form.select("#frUnofficial1").hasAttr("checked")).isFalse();
        assertThat(form.select("#enUnofficial1").hasAttr("checked")).isTrue();
        assertThat(form.select(".suggested-by .hint").text()).startsWith("Suggested in French");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void shouldPutASuggestionInTheLanguageTheSenderChoseWhateverTheInterfaces() {
        Map<String, String> fields = suggestion("Salud de los trabajadores temporeros en Quetzaltenango");
        fields.put("description", "Clínicas móviles para los trabajadores temporeros.");
        fields.put("language", "es");
        assertThat(send(fields, "192.0.2.4", "en")).hasStatus(HttpStatus.FOUND);

        Document form = Pages.parse(mvc.get()
                .uri("/admin/practices/" + practiceId("salud-de-los-trabajadores-temporeros-en-quetzaltenango"))
                .header("Accept-Language", "en")
                .with(ANA)
                .exchange());
        assertThat(form.select("#titleEs").val()).isEqualTo("Salud de los trabajadores temporeros en Quetzaltenango");
        assertThat(form.select("#descriptionEs").text())
                .isEqualTo("Clínicas móviles para los trabajadores temporeros.");
        assertThat(form.select("#titleFr").val()).isEmpty();
        assertThat(form.select("#esUnofficial1").hasAttr("checked")).isFalse();
        assertThat(form.select("#enUnofficial1").hasAttr("checked")).isTrue();
        assertThat(form.select(".suggested-by .hint").text()).startsWith("Suggested in Spanish");

        fields.put("language", "de");
        assertThat(send(fields, "192.0.2.4", "es")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void shouldReadCountriesByTheirNamesInAnyLanguageOrByTheirCodes() {
        Map<String, String> fields = suggestion("Cliniques mobiles sur la route migratoire atlantique");
        fields.put("countries", "Maroc, España; ecuador, PE");
        assertThat(send(fields, "192.0.2.5", "fr")).hasStatus(HttpStatus.FOUND);

        Document form = Pages.parse(mvc.get()
                .uri("/admin/practices/" + practiceId("cliniques-mobiles-sur-la-route-migratoire-atlantique"))
                .header("Accept-Language", "en")
                .with(ANA)
                .exchange());
        assertThat(form.select("#countries").val()).isEqualTo("MA, ES, EC, PE");
        // The form offers the countries' names in the reader's language as one types.
        Document page = Pages.parse(
                mvc.get().uri("/suggest").header("Accept-Language", "fr").exchange());
        assertThat(page.select("#countries").attr("list")).isEqualTo("country-names");
        assertThat(page.select("datalist#country-names option").eachAttr("value"))
                .contains("Maroc", "Espagne");
    }

    @Test
    void shouldStoreTheThemesAndObjectivesTickedAsThePracticesOwn() {
        Document page = Pages.page(mvc, "/suggest", "fr", HttpStatus.OK);
        Element themes = page.selectFirst("fieldset#themes");
        assertThat(themes.select("legend").text()).isEqualTo("Thèmes");
        assertThat(themes.attr("aria-describedby")).isEqualTo("themes-hint");
        String theme = themes.select("input[type=checkbox]").first().val();
        assertThat(jdbc.sql("select status from entry where entry_type = 'theme' and slug = ?")
                        .param(theme)
                        .query(String.class)
                        .single())
                .isEqualTo("published");
        assertThat(page.select("fieldset#gcmObjectives label[for=gcmObjectives-23]")
                        .text())
                .startsWith("23. ");

        var lists = new LinkedMultiValueMap<String, String>();
        lists.add("themes", theme);
        lists.addAll("gcmObjectives", List.of("2", "16"));
        assertThat(send(suggestion("Mobile clinics tagged by their sender"), "192.0.2.10", "en", lists))
                .hasStatus(HttpStatus.FOUND);

        long id = practiceId("mobile-clinics-tagged-by-their-sender");
        assertThat(jdbc.sql("select objective_number from entry_gcm_objective where entry_id = ? order by 1")
                        .param(id)
                        .query(Integer.class)
                        .list())
                .containsExactly(2, 16);
        assertThat(jdbc.sql("""
                        select e.slug from entry_link l join entry e on e.id = l.to_entry_id
                        where l.from_entry_id = ? and l.relation = 'illustrates'""").param(id).query(String.class).list()).containsExactly(theme);
        Document form = Pages.parse(mvc.get()
                .uri("/admin/practices/" + id)
                .header("Accept-Language", "en")
                .with(ANA)
                .exchange());
        assertThat(form.select("#themes-" + theme).hasAttr("checked")).isTrue();
        assertThat(form.select("#gcmObjectives-2").hasAttr("checked")).isTrue();
        assertThat(form.select("#gcmObjectives-16").hasAttr("checked")).isTrue();
        assertThat(form.select("#gcmObjectives-3").hasAttr("checked")).isFalse();

        // The review queue shows the new draft's themes and objectives by their names.
        Document review = Pages.parse(mvc.get()
                .uri("/admin/entries/" + id + "/review")
                .header("Accept-Language", "fr")
                .with(ANA)
                .exchange());
        String themeTitle = jdbc.sql("select t.title -> 'fr' ->> 'text' from theme t join entry e on e.id = t.id"
                        + " where e.slug = ?")
                .param(theme)
                .query(String.class)
                .single();
        assertThat(review.select(".review-new tbody td").eachText())
                .contains(themeTitle)
                .anySatisfy(value -> assertThat(value).startsWith("2. ").contains("16. "));
    }

    @Test
    void shouldRefuseThemesAndObjectivesNotOfferedInTheSendersLanguage() {
        long before = practices();
        var lists = new LinkedMultiValueMap<String, String>();
        lists.addAll("themes", List.of("no-such-theme", SCRIPT));
        lists.addAll("gcmObjectives", List.of("2", "99", "deux"));

        MvcTestResult result = send(suggestion("Practice with made-up tags"), "192.0.2.11", "fr", lists);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(result);
        assertNoScript(page);
        assertThat(page.select("#themes-error").text())
                .isEqualTo("Ces thèmes ne figurent pas dans la liste : no-such-theme, " + SCRIPT
                        + ". Cochez des thèmes parmi ceux qui sont proposés.");
        assertThat(page.select("#gcmObjectives-error").text())
                .startsWith("Ces objectifs ne sont pas ceux du Pacte mondial sur les migrations : 99, deux.");
        assertThat(page.select("fieldset#gcmObjectives").attr("aria-describedby"))
                .isEqualTo("gcmObjectives-hint gcmObjectives-error");
        assertThat(page.select(".error-summary a[href=#themes]")).hasSize(1);
        assertThat(page.select("#gcmObjectives-2").hasAttr("checked")).isTrue();
        assertThat(page.select("#title").val()).isEqualTo("Practice with made-up tags");
        assertThat(practices()).isEqualTo(before);

        lists.set("gcmObjectives", "99");
        assertThat(Pages.parse(send(suggestion("Practice with made-up tags"), "192.0.2.11", "es", lists))
                        .select("#gcmObjectives-error")
                        .text())
                .isEqualTo("Estos no son objetivos del Pacto Mundial para la Migración: 99."
                        + " Marque objetivos entre los que se ofrecen.");
    }

    @Test
    void shouldAnswerARobotAsIfAcceptedAndStoreNothing() {
        long before = practices();
        Map<String, String> trapped = suggestion("Robot practice one");
        trapped.put("website", "https://spam.example");

        MvcTestResult filled = send(trapped, "192.0.2.4", "en");
        MvcTestResult quick = send(suggestion("Robot practice two"), "192.0.2.4", "en", stamps.issue());

        assertThat(filled).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/suggest/thanks");
        assertThat(quick).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/suggest/thanks");
        assertThat(practices()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from practice_suggestion")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldShowAFormSignedBeforeARestartAgainWithWhatWasTyped() {
        long before = practices();

        MvcTestResult result =
                send(suggestion("Practice sent with a stale form"), "192.0.2.5", "en", "1700000000000.bm90LXNpZ25lZA");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(result);
        assertThat(page.select(".notice").text()).startsWith("This form was open for too long");
        assertThat(page.select("#title").val()).isEqualTo("Practice sent with a stale form");
        assertThat(stamps.check(page.select("input[name=stamp]").val())).isNotEqualTo(SuggestionStamps.Verdict.INVALID);
        assertThat(practices()).isEqualTo(before);
    }

    @Test
    void shouldRefuseTheSixthSuggestionOfTheHourFromOneAddress() {
        long before = practices();
        Map<String, String> robot = suggestion("Robot practice");
        robot.put("website", "filled");
        for (int i = 0; i < SuggestionLimit.MAX; i++) {
            assertThat(send(robot, "192.0.2.6", "fr")).hasStatus(HttpStatus.FOUND);
        }

        MvcTestResult sixth = send(suggestion("A sixth practice"), "192.0.2.6", "fr");

        assertThat(sixth).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(sixth.getResponse().getHeader("Retry-After"))).isBetween(1L, 3601L);
        assertThat(Pages.parse(sixth).select("h1").text()).isEqualTo("Trop de propositions");
        assertThat(practices()).isEqualTo(before);
        assertThat(send(suggestion("From another address"), "192.0.2.7", "en")).hasStatus(HttpStatus.FOUND);

        clock.advance(Duration.ofMinutes(61));
        assertThat(send(suggestion("An hour later"), "192.0.2.6", "en")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void shouldExplainEachBadFieldInTheSendersLanguageAndKeepWhatWasTyped() {
        Map<String, String> bad = suggestion("");
        bad.put("email", "pas-une-adresse");
        bad.put("countries", "GT, XX");
        bad.put("year", "deux mille");
        bad.put("links", "https://example.org/ok\njavascript:alert(1)");
        bad.put("name", " ");

        MvcTestResult result = send(bad, "192.0.2.8", "fr");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(result);
        assertThat(page.select("#title-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#name-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#email-error").text())
                .isEqualTo("Saisissez une adresse électronique comme nom@exemple.org.");
        assertThat(page.select("#countries-error").text())
                .isEqualTo(
                        "Ces pays nous sont inconnus : XX. Écrivez leur nom ou leur code ISO, séparés par des virgules.");
        assertThat(page.select("#year-error").text()).isEqualTo("Saisissez un nombre entier.");
        assertThat(page.select("#links-error").text()).contains("javascript:alert(1)");
        assertThat(page.select(".error-summary li").eachText())
                .hasSize(6)
                .startsWith("Titre : Ce champ est obligatoire.")
                .endsWith("Votre adresse électronique : Saisissez une adresse électronique comme nom@exemple.org.");
        assertThat(page.select("#email").val()).isEqualTo("pas-une-adresse");
        assertThat(page.select("#countries").val()).isEqualTo("GT, XX");
        assertThat(page.select("#description").text()).isEqualTo("Travelling clinics reach farms every week.");
        assertThat(page.select("#countries").attr("aria-describedby")).isEqualTo("countries-hint countries-error");
        assertThat(page.select("#year").attr("aria-invalid")).isEqualTo("true");

        Map<String, String> late = suggestion("Too late");
        late.put("year", "1800");
        assertThat(Pages.parse(send(late, "192.0.2.8", "en"))
                        .select("#year-error")
                        .text())
                .isEqualTo("Enter a number of at least 1900.");
    }

    @Test
    void shouldShowScriptsTypedInEveryFieldAsText() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : List.of("title", "description", "name", "organisation", "message")) {
            fields.put(field, SCRIPT + " " + IMAGE);
        }
        fields.put("countries", "GT");
        fields.put("email", "xss@example.org");
        fields.put("links", "https://example.org/?q=%3Cscript%3E");
        assertThat(send(fields, "192.0.2.9", "en")).hasStatus(HttpStatus.FOUND);
        long id = jdbc.sql("select practice_id from practice_suggestion")
                .query(Long.class)
                .single();

        Document form =
                Pages.parse(mvc.get().uri("/admin/practices/" + id).with(ANA).exchange());
        assertNoScript(form);
        assertThat(form.select("#titleEn").val()).isEqualTo(SCRIPT + " " + IMAGE);
        assertThat(form.select(".suggested-by dd").eachText()).contains(SCRIPT + " " + IMAGE);
        assertThat(form.select(".suggested-message").text()).isEqualTo(SCRIPT + " " + IMAGE);
        assertNoScript(Pages.parse(mvc.get().uri("/admin").with(ANA).exchange()));

        Map<String, String> refused = new LinkedHashMap<>();
        for (String field : List.of(
                "title", "description", "countries", "year", "links", "name", "email", "organisation", "message")) {
            refused.put(field, SCRIPT + " " + IMAGE);
        }
        MvcTestResult again = send(refused, "192.0.2.9", "en");
        assertThat(again).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Pages.parse(again);
        assertNoScript(page);
        assertThat(page.select("#title").val()).isEqualTo(SCRIPT + " " + IMAGE);
    }

    @Test
    void shouldMakeAddressesFromTitles() {
        assertThat(PracticeSuggestions.slug("Santé des travailleurs : l’accès aux soins"))
                .isEqualTo("sante-des-travailleurs-l-acces-aux-soins");
        assertThat(PracticeSuggestions.slug(SCRIPT)).isEqualTo("script-alert-1-script");
        assertThat(PracticeSuggestions.slug("مرحبا")).isEqualTo("suggestion");
        assertThat(PracticeSuggestions.slug("word ".repeat(40)))
                .hasSizeLessThanOrEqualTo(80)
                .doesNotEndWith("-")
                .matches(org.rt2kb.shared.form.FormText.SLUG);
    }

    private static void assertNoScript(Document page) {
        assertThat(page.select("script").stream().filter(s -> s.data().contains("alert")))
                .isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
    }

    private long practices() {
        return jdbc.sql("select count(*) from practice").query(Long.class).single();
    }

    private long practiceId(String slug) {
        return jdbc.sql("select id from entry where entry_type = 'practice' and slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private static Map<String, String> suggestion(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", "Travelling clinics reach farms every week.");
        fields.put("countries", "gt, MX");
        fields.put("year", "2021");
        fields.put("links", "https://example.org/clinics");
        fields.put("name", "Rosa Quispe");
        fields.put("email", "rosa@example.org");
        fields.put("organisation", "Clinica Movil");
        fields.put("message", "Happy to send photos.");
        return fields;
    }

    /** Sends the form as a person would: shown ten seconds earlier, from the address given. */
    private MvcTestResult send(Map<String, String> fields, String address, String language) {
        return send(fields, address, language, stamps.issue(clock.instant().minusSeconds(10)));
    }

    /** Sends the form with boxes ticked: several values for one name. */
    private MvcTestResult send(
            Map<String, String> fields, String address, String language, LinkedMultiValueMap<String, String> ticked) {
        return send(fields, address, language, stamps.issue(clock.instant().minusSeconds(10)), ticked);
    }

    private MvcTestResult send(Map<String, String> fields, String address, String language, String stamp) {
        return send(fields, address, language, stamp, new LinkedMultiValueMap<>());
    }

    private MvcTestResult send(
            Map<String, String> fields,
            String address,
            String language,
            String stamp,
            LinkedMultiValueMap<String, String> ticked) {
        var params = new LinkedMultiValueMap<String, String>();
        fields.forEach(params::add);
        params.addAll(ticked);
        params.add("stamp", stamp);
        return mvc.post()
                .uri("/suggest")
                .params(params)
                .header("Accept-Language", language)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        assertThat(result).hasStatus(HttpStatus.OK);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
