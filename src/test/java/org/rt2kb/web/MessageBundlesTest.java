package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rt2kb.annotation.AnnotationKind;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.curation.CorrectionPart;
import org.rt2kb.instrument.InstrumentType;
import org.rt2kb.practice.ActorType;
import org.rt2kb.practice.PracticeScope;
import org.rt2kb.shared.Coded;
import org.rt2kb.theme.ThemeKind;

/**
 * Every user-visible text comes from the message bundles, one per language: they hold the same keys with the same
 * arguments, the templates name only keys that exist, and no template carries words of its own.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-z][a-z0-9.-]*[a-z0-9])[}(]");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    /** Attributes a reader sees or hears; a meta description's content counts too. */
    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of("alt", "title", "aria-label", "placeholder", "value", "label");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final Properties english = bundle("en");

    @ParameterizedTest
    @CsvSource({
        "en,History (1 version),History (2 versions)",
        "fr,Historique (1 version),Historique (2 versions)",
        "es,Historial (1 versión),Historial (2 versiones)"
    })
    void shouldCountInTheReadersLanguageWithSingularAndPlural(String language, String one, String two) {
        Properties bundle = "en".equals(language) ? english : bundle(language);
        MessageFormat history =
                new MessageFormat(bundle.getProperty("admin.panel.history"), Locale.forLanguageTag(language));

        assertThat(history.format(new Object[] {1})).isEqualTo(one);
        assertThat(history.format(new Object[] {2})).isEqualTo(two);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void shouldHoldTheSameKeysWithTheSameArgumentsInEveryLanguage(String language) {
        Properties translated = bundle(language);

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> {
            assertThat(translated.getProperty(key)).as(key).isNotBlank();
            assertThat(arguments(translated.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        });
    }

    private static Set<String> arguments(String message) {
        Set<String> arguments = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(message);
        while (argument.find()) {
            arguments.add(argument.group(1));
        }
        return arguments;
    }

    @Test
    void shouldHaveEveryKeyTheTemplatesName() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = STATIC_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!english.containsKey(key.group(1))) {
                    missing.add(template.getFileName() + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldHaveAKeyForEveryCodeThePagesShow() {
        List<String> keys = new ArrayList<>();
        codes(PracticeScope.values()).forEach(code -> keys.add("practice.scope." + code));
        codes(ActorType.values()).forEach(code -> keys.add("practice.actor-type." + code));
        codes(InstrumentType.values()).forEach(code -> keys.add("instrument.type." + code));
        codes(ThemeKind.values()).forEach(code -> keys.add("theme.kind." + code));
        codes(AnnotationKind.values()).forEach(code -> keys.add("annotation.kind." + code));
        codes(CorrectionPart.values()).forEach(code -> keys.add("correction.part." + code));
        codes(LinkRelation.values())
                .forEach(code ->
                        keys.addAll(List.of("relation." + code + ".outgoing", "relation." + code + ".incoming")));
        for (String facet : List.of(
                "theme",
                "group",
                "country",
                "region",
                "scope",
                "gcm",
                "sdg",
                "instrument",
                "type",
                "body",
                "binding",
                "annex")) {
            keys.addAll(List.of("field." + facet, "param." + facet));
        }
        for (ErrorKind kind : ErrorKind.values()) {
            keys.addAll(List.of(
                    "error.page.heading." + kind.code(),
                    "error.page.text." + kind.code(),
                    "error.problem." + kind.code()));
        }
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void shouldKeepEveryWordOutOfTheTemplates() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                boolean replaced = element.hasAttr("th:text")
                        || element.hasAttr("th:utext")
                        || element.hasAttr("th:replace")
                        || element.hasAttr("th:insert");
                for (TextNode text : element.textNodes()) {
                    if (!replaced && WORDS.matcher(text.text()).find()) {
                        literal.add(
                                template.getFileName() + ": \"" + text.text().strip() + "\"");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    boolean shown = TEXT_ATTRIBUTES.contains(attribute.getKey())
                                    && !(attribute.getKey().equals("value") && valueIsNotShown(element))
                            || attribute.getKey().equals("content")
                                    && element.attr("name").equals("description");
                    if (shown
                            && WORDS.matcher(attribute.getValue()).find()
                            && !element.hasAttr("th:" + attribute.getKey())) {
                        literal.add(template.getFileName() + ": " + attribute.getKey() + "=" + attribute.getValue());
                    }
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    /** A button's, an option's or a box's value is what the form sends, not what the reader sees. */
    private static boolean valueIsNotShown(Element element) {
        return switch (element.tagName()) {
            case "button", "option" -> true;
            case "input" -> List.of("hidden", "radio", "checkbox").contains(element.attr("type"));
            default -> false;
        };
    }

    private static List<String> codes(Coded[] values) {
        return Stream.of(values).map(Coded::code).toList();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties bundle(String language) {
        Properties properties = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream("/messages/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
