package org.rt2kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rt2kb.shared.Multilingual;

class ListDocumentTest {

    private static final List<String> TITLES = List.of(
            "Zones franches et travail décent",
            "Accès à la justice",
            "accès aux soins",
            "Élan 2030 : l'accès aux soins (OIT)",
            "Elan 2030",
            "Côte d'Ivoire : régularisation",
            "Cote",
            "Œuvres sociales",
            "Ouvriers agricoles",
            "« Guichet unique » des migrants",
            "Programme 12",
            "Programme 2",
            "Égalité de traitement",
            "égal accès");

    @Test
    void shouldKeepTheLanguagesAlphabeticalOrderInTheBytesTheIndexCompares() {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Collator collator = Collator.getInstance(language);
            List<String> byCollator = TITLES.stream().sorted(collator).toList();
            List<String> byKey = TITLES.stream()
                    .sorted(Comparator.comparing(title -> utf8Key(title, language), Arrays::compareUnsigned))
                    .toList();

            assertThat(byKey).as(language.toString()).isEqualTo(byCollator);
        }
    }

    @Test
    void shouldKeepKeysShortWhateverTheTitlesLength() {
        String key = ListDocument.collationKey(Multilingual.of("Programme ".repeat(40), null), Locale.ENGLISH);

        assertThat(key.codePointCount(0, key.length())).isEqualTo(64);
        assertThat(key.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(100);
    }

    private static byte[] utf8Key(String title, Locale language) {
        return ListDocument.collationKey(Multilingual.of(title, title), language)
                .getBytes(StandardCharsets.UTF_8);
    }
}
