package org.rt2kb.search;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.backend.document.DocumentElement;

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

    EntryDocument titles(String en, String fr) {
        document.addValue(fields.titleEn(), en);
        document.addValue(fields.titleFr(), fr);
        words(en, fr);
        prefixes(en, fr);
        return this;
    }

    /** The body texts, each language joined into one field so phrases and highlights stay within a language. */
    EntryDocument texts(List<String> en, List<String> fr) {
        String english = join(en);
        String french = join(fr);
        document.addValue(fields.textEn(), english);
        document.addValue(fields.textFr(), french);
        words(english, french);
        return this;
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
