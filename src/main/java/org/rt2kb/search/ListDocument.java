package org.rt2kb.search;

import java.text.Collator;
import java.util.Locale;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.rt2kb.shared.Multilingual;

/** Writes what the list pages filter, count and sort an entry by into its document ({@link ListFields}). */
final class ListDocument {

    /**
     * How much of a collation key is kept, in 16-bit weights: the first characters' letters decide; ties beyond fall
     * back to the list's own order. Short keys keep sorting a large list cheap: a sort reads the key of every entry
     * that enters the page's top, and longer keys are slower to read from the index.
     */
    private static final int KEY_WEIGHTS = 64;
    /** The first UTF-16 surrogate: weights from here on are written above the surrogates, as code points must be. */
    private static final int SURROGATES = 0xD800;

    private final DocumentElement document;
    private final ListFields fields;

    ListDocument(DocumentElement document, ListFields fields, long id) {
        this.document = document;
        this.fields = fields;
        document.addValue(fields.id(), id);
    }

    ListDocument facet(String dimension, Iterable<String> values) {
        values.forEach(value -> facet(dimension, value));
        return this;
    }

    ListDocument facet(String dimension, String value) {
        if (value != null) {
            document.addValue(fields.facets().get(dimension), value);
        }
        return this;
    }

    /** The years covered: from the start to the end; a missing end is an entry still running. */
    ListDocument years(Integer from, Integer to) {
        document.addValue(fields.from(), from);
        document.addValue(fields.to(), to);
        return this;
    }

    /** The list's own order (the compendium's numbers, the annexes' order); missing ones come last. */
    ListDocument order(Long order) {
        document.addValue(fields.order(), order == null ? Long.MAX_VALUE : order);
        return this;
    }

    /** The title as each language shows it (the other language standing in for a missing one), to sort by. */
    ListDocument titles(Multilingual title) {
        document.addValue(fields.titleEn(), collationKey(title, Locale.ENGLISH));
        document.addValue(fields.titleFr(), collationKey(title, Locale.FRENCH));
        return this;
    }

    /** The name of the first country, in each language, for the sort by country; none for no country. */
    ListDocument country(Multilingual name) {
        if (name != null) {
            document.addValue(fields.countryEn(), collationKey(name, Locale.ENGLISH));
            document.addValue(fields.countryFr(), collationKey(name, Locale.FRENCH));
        }
        return this;
    }

    /**
     * The text's collation key in the language, as a string whose UTF-8 bytes (which the index compares) are in the
     * language's alphabetical order (accents, case and punctuation as {@link Collator} weighs them). Each 16-bit weight
     * of the key becomes one code point, one byte for the weights of Latin letters.
     */
    static String collationKey(Multilingual text, Locale language) {
        byte[] key = Collator.getInstance(language)
                .getCollationKey(text.text(language))
                .toByteArray();
        StringBuilder written = new StringBuilder();
        for (int i = 0; i + 1 < key.length && i < 2 * KEY_WEIGHTS; i += 2) {
            int weight = ((key[i] & 0xFF) << 8 | (key[i + 1] & 0xFF)) + 1;
            written.appendCodePoint(weight < SURROGATES ? weight : weight + 0x800);
        }
        return written.toString();
    }

    ListDocument code(String code) {
        document.addValue(fields.code(), code);
        return this;
    }
}
