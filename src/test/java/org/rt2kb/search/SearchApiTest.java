package org.rt2kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search API: both languages, codes, the thesaurus, typos, filters and facets, and any input at all. Addresses are
 * given already encoded, as a browser sends them.
 */
@CatalogueTest
class SearchApiTest {

    @Autowired
    MockMvcTester mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void shouldPutAnInstrumentFirstWhenItsCodeIsTypedAlone() {
        assertThat(first("/api/search?q=C189")).isEqualTo("instrument:c189");
        assertThat(first("/api/search?q=c%20189")).isEqualTo("instrument:c189");
        assertThat(first("/api/search?q=R86")).isEqualTo("instrument:r086");
        assertThat(first("/api/search?q=A/HRC/53/26")).isEqualTo("instrument:a-hrc-53-26");
        assertThat(first("/api/search?q=PIDESC")).isEqualTo("instrument:icescr");
    }

    @Test
    void shouldMatchFrenchWordsWithOrWithoutAccentsAndEnglishSpellingsOfEitherSide() {
        assertThat(slugs("/api/search?q=r%C3%A9gularisation")).contains("theme:regularisation");
        assertThat(slugs("/api/search?q=regularisation")).contains("theme:regularisation");
        assertThat(slugs("/api/search?q=regularization")).contains("theme:regularisation");
        assertThat(slugs("/api/search?q=labor%20rights")).contains("theme:labour-rights");
    }

    @Test
    void shouldFindEnglishOnlyEntriesFromFrenchWordsThroughTheThesaurus() {
        JsonNode result = get("/api/search?q=travailleurs%20domestiques");

        assertThat(hits(result)).contains("instrument:c189", "instrument:r201");
        assertThat(result.get("concepts").toString()).contains("domestic-workers");
    }

    @Test
    void shouldFindEnglishAndFrenchEntriesFromSpanishWordsThroughTheThesaurus() {
        JsonNode result = get("/api/search?q=trabajadoras%20dom%C3%A9sticas&lang=es");

        assertThat(hits(result)).as(result.toString()).contains("instrument:c189", "instrument:r201");
        assertThat(result.get("concepts").toString()).contains("domestic-workers");
    }

    @Test
    void shouldMatchSpanishWordsWhateverTheirNumberGenderAndAccents() {
        // The Spanish texts' own words: plural and feminine forms, with or without accents.
        assertThat(hits(get("/api/search?q=trabajadora%20domestica&lang=es"))).contains("instrument:c189");
        assertThat(hits(get("/api/search?q=regularizaci%C3%B3n%20de%20venezolanos&lang=es")))
                .contains("practice:colombia-regularisation-venezuelans");
        JsonNode hit = get("/api/search?q=atenci%C3%B3n%20de%20la%20salud%20indocumentados&lang=es")
                .get("hits")
                .get(0);
        assertThat(hit.get("snippetLang").asString()).isEqualTo("es");
        assertThat(hit.get("snippet").asString()).contains("<mark>");
    }

    @Test
    void shouldFindInstrumentsByTheNamesAndAcronymsPeopleUse() {
        assertThat(first("/api/search?q=Protocolo%20de%20Palermo&lang=es"))
                .isEqualTo("instrument:untoc-trafficking-protocol");
        assertThat(first("/api/search?q=Convention%20de%20Palerme&lang=fr")).isEqualTo("instrument:untoc");
        // The issuing body's acronym in Spanish.
        assertThat(hits(get("/api/search?q=ACNUR&lang=es"))).contains("instrument:unhcr-10-point-plan");
    }

    @Test
    void shouldKeepThePapersNoteReferencesOutOfSnippets() {
        JsonNode hits =
                get("/api/search?q=instruments%20de%20l%E2%80%99OIT&lang=fr").get("hits");

        assertThat(hits).isNotEmpty();
        hits.forEach(hit -> assertThat(hit.path("snippet").asString("")).doesNotContain("[^"));
    }

    @Test
    void shouldShowAnEntrysPublicNoteUnderItRatherThanAsAHitOfItsOwn() {
        // The seeds' note on this section names the agreement between Germany and the Philippines.
        JsonNode hits = get("/api/search?q=labour%20migration%20agreements%20Philippines")
                .get("hits");

        List<JsonNode> section = new java.util.ArrayList<>();
        hits.forEach(hit -> {
            if (hit.get("url").asString().equals("/themes/labour-migration-agreements")) {
                section.add(hit);
            }
        });
        assertThat(section)
                .singleElement()
                .satisfies(hit -> assertThat(hit.get("noteSnippet").asString()).contains("Philippines"));
    }

    @Test
    void shouldCorrectAnUnknownSpanishWord() {
        JsonNode result = get("/api/search?q=xenofovia&lang=es");

        assertThat(result.get("suggestion").asString()).isEqualTo("xenofobia");
        assertThat(result.get("total").asLong()).isPositive();
    }

    @Test
    void shouldCorrectAnUnknownWordAndSearchTheCorrection() {
        JsonNode result = get("/api/search?q=statelesness");

        assertThat(result.get("suggestion").asString()).isEqualTo("statelessness");
        assertThat(result.get("approximate").asBoolean()).isTrue();
        assertThat(result.get("total").asLong()).isPositive();
        assertThat(first("/api/search?q=Ecudor")).isEqualTo("practice:ecuador-regularisation-venezuelans");
    }

    @Test
    void shouldHonourPhrasesExclusionsAndOr() {
        List<String> phrase = slugs("/api/search?q=%22domestic%20workers%22&size=50");
        List<String> excluded = slugs("/api/search?q=%22domestic%20workers%22%20-recommendation&size=50");

        assertThat(phrase).contains("instrument:r201");
        assertThat(excluded).isNotEmpty().doesNotContain("instrument:r201");
        assertThat(slugs("/api/search?q=%C2%AB%C2%A0domestic%20workers%C2%A0%C2%BB&size=50"))
                .as("a phrase in French quotes")
                .isEqualTo(phrase);
        assertThat(total("/api/search?q=Finland%20OR%20Sweden")).isGreaterThan(total("/api/search?q=Finland"));
    }

    @Test
    void shouldHighlightTheMatchedWordsInEscapedText() {
        JsonNode hit = get("/api/search?q=Ecuador&type=practice").get("hits").get(0);

        assertThat(hit.get("snippet").asString())
                .contains("<mark>Ecuador</mark>")
                .doesNotContain("<script");
        assertThat(hit.get("snippetLang").asString()).isEqualTo("en");
        assertThat(hit.get("url").asString()).isEqualTo("/practices/ecuador-regularisation-venezuelans");
    }

    @Test
    void shouldFilterAndCountByTypeThemeAndCountry() {
        JsonNode all = get("/api/search?q=health");
        JsonNode practices = get("/api/search?q=health&type=practice&country=PT");

        long practiceCount = all.get("facets").get("type").get("practice").asLong();
        assertThat(practiceCount).isPositive();
        assertThat(hits(practices))
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit).startsWith("practice:"));
        assertThat(practices.get("total").asLong()).isLessThan(practiceCount);
        assertThat(get("/api/search?q=migrants&theme=housing")
                        .get("facets")
                        .get("theme")
                        .get("housing")
                        .asLong())
                .isEqualTo(
                        get("/api/search?q=migrants&theme=housing").get("total").asLong());
    }

    @Test
    void shouldSortByYearNewestFirst() {
        JsonNode hits = get("/api/search?q=convention&type=instrument&sort=year&size=50")
                .get("hits");

        List<Integer> years = new java.util.ArrayList<>();
        hits.forEach(hit -> years.add(hit.get("year").asInt()));
        assertThat(years).hasSizeGreaterThan(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldGiveTitlesInTheAskedLanguage() {
        JsonNode hit = get("/api/search?q=C189&lang=fr").get("hits").get(0);

        assertThat(hit.get("title").asString())
                .isEqualTo("Convention (n° 189) sur les travailleuses et travailleurs domestiques, 2011");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%22unbalanced%20quote",
                "AND",
                "OR%20OR",
                "-",
                "%22%22",
                "(((",
                "~",
                "*",
                "%2B-%7C",
                "%00%01%02%1Bescape",
                "%E2%80%AEright-to-left",
                "C189%22)(*~"
            })
    void shouldAnswerAnyInputWithResultsOrNone(String query) {
        MvcTestResult result =
                mvc.get().uri(URI.create("/api/search?q=" + query)).exchange();

        assertThat(result).hasStatusOk();
        assertThat(json.readTree(result.getResponse().getContentAsByteArray())
                        .get("total")
                        .asLong())
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void shouldCutAVeryLongQueryInsteadOfFailing() {
        String query = "migrants ".repeat(600);

        assertThat(mvc.get().uri("/api/search").param("q", query).exchange()).hasStatusOk();
    }

    @Test
    void shouldRejectAnUnknownTypeOrLanguageWithA400() {
        assertThat(mvc.get().uri("/api/search?q=x&type=book").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/search?q=x&lang=de").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/search?q=x&size=0").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldSuggestTitlesCodesAndConceptsAsOneTypes() {
        JsonNode suggestions = json.readTree(mvc.get()
                .uri(URI.create("/api/suggest?q=domes"))
                .exchange()
                .getResponse()
                .getContentAsByteArray());

        assertThat(suggestions.toString()).contains("/instruments/c189", "/concepts/domestic-workers");
        assertThat(json.readTree(mvc.get()
                                .uri(URI.create("/api/suggest?q=C18"))
                                .exchange()
                                .getResponse()
                                .getContentAsByteArray())
                        .toString())
                .contains("/instruments/c181");
        assertThat(mvc.get().uri(URI.create("/api/suggest?q=%22")).exchange()).hasStatusOk();
        assertThat(json.readTree(mvc.get()
                                .uri(URI.create("/api/suggest?q=equat"))
                                .exchange()
                                .getResponse()
                                .getContentAsByteArray())
                        .toString())
                .contains("/countries/EC");
    }

    @Test
    void shouldSuggestOnlyTheKindsAskedForWithTheirSlugs() {
        JsonNode all = suggestions("/api/suggest?q=domes");
        JsonNode instruments = suggestions("/api/suggest?q=domes&type=instrument");
        JsonNode themesOrConcepts = suggestions("/api/suggest?q=domes&type=theme&type=concept");

        assertThat(all.findValuesAsString("type")).contains("instrument", "concept");
        assertThat(instruments.findValuesAsString("type")).isNotEmpty().containsOnly("instrument");
        assertThat(instruments.toString()).contains("\"slug\":\"c189\"", "/instruments/c189");
        assertThat(themesOrConcepts.findValuesAsString("type"))
                .contains("concept")
                .doesNotContain("instrument");
        assertThat(suggestions("/api/suggest?q=equat&type=country").findValuesAsString("slug"))
                .contains("EC");
    }

    @Test
    void shouldRefuseAnUnknownSuggestionKindWithA400NamingIt() {
        MvcTestResult result = mvc.get()
                .uri(URI.create("/api/suggest?q=domes&type=instrument&type=book"))
                .header("Accept-Language", "en")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("type");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("book");
    }

    @Test
    void shouldSuggestSpanishTitlesToASpanishReader() throws Exception {
        String suggestions = mvc.get()
                .uri(URI.create("/api/suggest?q=trabajadoras&lang=es"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(suggestions).contains("Convenio sobre las trabajadoras y los trabajadores domésticos");
    }

    private JsonNode suggestions(String uri) {
        return json.readTree(
                mvc.get().uri(URI.create(uri)).exchange().getResponse().getContentAsByteArray());
    }

    private String first(String uri) {
        return hits(get(uri)).get(0);
    }

    private List<String> slugs(String uri) {
        return hits(get(uri));
    }

    private long total(String uri) {
        return get(uri).get("total").asLong();
    }

    private static List<String> hits(JsonNode result) {
        List<String> hits = new java.util.ArrayList<>();
        result.get("hits")
                .forEach(hit -> hits.add(
                        hit.get("type").asString() + ":" + hit.get("slug").asString()));
        return hits;
    }

    private JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(URI.create(uri)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
