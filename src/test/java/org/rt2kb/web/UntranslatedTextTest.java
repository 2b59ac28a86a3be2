package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * No page shows text in another language than its own without saying so. Every page type is rendered in French and
 * in Spanish; a text that reads as another language must sit under an element whose {@code lang} names it, so that
 * screen readers pronounce it and readers know it is not a translation.
 *
 * <p>A text reads as a language when it holds at least two of that language's function words that the other two
 * languages do not use, and more of them than of the language declared for it (a French paragraph quoting an English
 * title is French). Words shared between the languages ("de", "la",
 * "en", "que", "un") prove nothing and are not counted.
 */
@CatalogueTest
class UntranslatedTextTest {

    private static final List<String> PAGES = List.of(
            "/",
            "/themes",
            "/themes/health",
            "/themes/accountability",
            "/themes/ideas-for-action",
            "/practices",
            "/practices/finland-healthcare-undocumented-migrants",
            "/practices/brazil-operation-welcome",
            "/instruments",
            "/instruments?view=table",
            "/instruments/c189",
            "/instruments/iccpr",
            "/instruments/a-hrc-53-26",
            "/countries",
            "/countries/EC",
            "/coverage",
            "/concepts",
            "/concepts/domestic-workers",
            "/gcm/objectives/6",
            "/gcm/principles/people-centred",
            "/sdg/targets/8.8",
            "/search?q=domestic%20workers",
            "/about",
            "/downloads",
            "/dossier?items=instrument:c189,practice:brazil-operation-welcome,theme:health,objective:6",
            "/suggest");

    /** Function words of each language that the other two do not use. */
    private static final Map<String, Set<String>> OWN_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "with", "for", "from", "this", "that", "which", "are", "is", "by", "to"),
            "fr", Set.of("le", "les", "des", "du", "et", "pour", "dans", "avec", "aux", "une", "est", "sont", "ou"),
            "es", Set.of("el", "los", "las", "del", "para", "con", "por", "una", "sobre", "es", "están", "pero"));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A web address shown as a link's text is no language's. */
    private static final Pattern ADDRESS = Pattern.compile("\\s*https?://\\S+\\s*");

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void shouldMarkEveryTextInAnotherLanguage(String language) {
        List<String> unmarked = new ArrayList<>();
        for (String page : PAGES) {
            String address = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
            Document document = Pages.parse(mvc.get().uri(address).exchange());
            assertThat(document.select("html").attr("lang")).as(address).isEqualTo(language);
            for (Element element : document.body().getAllElements()) {
                String text = element.ownText();
                String read = ADDRESS.matcher(text).matches() ? null : readAs(text, declared(element));
                if (read != null) {
                    unmarked.add(address + " <" + element.tagName() + "> (" + read + "): " + text);
                }
            }
        }
        assertThat(unmarked).isEmpty();
    }

    /** The language {@code text} reads as, when it is not the one {@code declared} for it; otherwise null. */
    private static String readAs(String text, String declared) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            OWN_WORDS.forEach((language, words) -> {
                if (words.contains(word.group())) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        int own = counts.getOrDefault(declared, 0);
        return counts.entrySet().stream()
                .filter(c -> !c.getKey().equals(declared) && c.getValue() >= 2 && c.getValue() > own)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** The language the nearest {@code lang} attribute declares for the element. */
    private static String declared(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.hasAttr("lang")) {
                return at.attr("lang");
            }
        }
        return null;
    }
}
