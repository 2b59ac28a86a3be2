package org.rt2kb.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.rt2kb.shared.Multilingual;

/**
 * Writes one entry into its index document: titles and texts per language (which also feed the vocabulary for "did
 * you mean" and the word starts for suggestions), codes, and the keyword fields that filter and count.
 */
final class EntryDocument {

    private final DocumentElement document;
    private final EntryFields fields;

    EntryDocument(DocumentElement document, EntryFields fields, String type, String slug) {
        this.document = document;
        this.fields = fields;
        document.addValue(fields.type(), type);
        document.addValue(fields.slug(), slug);
    }

    /** Where a hit leads, for hits that are not entries themselves (annotations): "practice:slug". */
    EntryDocument target(String target) {
        document.addValue(fields.target(), target);
        return this;
    }

    EntryDocument titles(Multilingual title) {
        title.texts().forEach((language, text) -> {
            if (fields.title(language) != null) {
                document.addValue(fields.title(language), text);
                words(text);
                prefixes(text);
            }
        });
        return this;
    }

    /** The other names the entry is known by: searched as titles are, and offered as one types. */
    EntryDocument aliases(Collection<String> aliases) {
        aliases.forEach(alias -> {
            document.addValue(fields.aliases(), alias);
            words(alias);
            prefixes(alias);
        });
        return this;
    }

    /** The body texts, each language joined into one field so phrases and highlights stay within a language. */
    EntryDocument texts(Texts texts) {
        texts.byLanguage.forEach((language, parts) -> {
            if (fields.text(language) != null) {
                String joined = join(parts);
                document.addValue(fields.text(language), joined);
                words(joined);
            }
        });
        return this;
    }

    /** The body texts of an entry, gathered by language before they are written. */
    static final class Texts {

        private final Map<String, List<String>> byLanguage = new HashMap<>();

        Texts add(Multilingual text) {
            if (text != null) {
                text.texts().forEach(this::add);
            }
            return this;
        }

        Texts add(String language, String text) {
            byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(text);
            return this;
        }
    }

    EntryDocument codes(String... codes) {
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                document.addValue(fields.codes(), code);
                document.addValue(fields.prefixes(), code);
            }
        }
        return this;
    }

    EntryDocument themes(Iterable<String> slugs) {
        slugs.forEach(slug -> document.addValue(fields.themes(), slug));
        return this;
    }

    EntryDocument countries(Iterable<String> codes) {
        codes.forEach(code -> document.addValue(fields.countries(), code));
        return this;
    }

    EntryDocument concepts(Iterable<String> ids) {
        ids.forEach(id -> document.addValue(fields.concepts(), id));
        return this;
    }

    EntryDocument group(String group) {
        document.addValue(fields.group(), group);
        return this;
    }

    EntryDocument instrument(String type, String body) {
        document.addValue(fields.instrumentType(), type);
        document.addValue(fields.body(), body);
        return this;
    }

    EntryDocument year(Integer year) {
        document.addValue(fields.year(), year);
        return this;
    }

    private void words(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                document.addValue(fields.words(), text);
            }
        }
    }

    private void prefixes(String... titles) {
        for (String title : titles) {
            if (title != null && !title.isBlank()) {
                document.addValue(fields.prefixes(), title);
            }
        }
    }

    private static String join(List<String> texts) {
        List<String> present = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                present.add(text);
            }
        }
        return present.isEmpty() ? null : String.join("\n\n", present);
    }
}
