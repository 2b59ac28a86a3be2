package org.rt2kb.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;

/**
 * "Did you mean": each word of four letters or more that no document contains is replaced by the closest word the
 * documents do contain (within two edits), from the unstemmed vocabulary of titles and texts. Codes are left alone.
 */
final class Spelling {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ANY_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final EntityManagerFactory emf;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * The words of a query that most documents contain (more than {@code share} of them): they tell little about what
     * is wanted, and cost most to match.
     */
    java.util.Set<String> common(String query, double share) {
        try (IndexReader reader = reader()) {
            java.util.Set<String> common = new java.util.LinkedHashSet<>();
            Matcher word = ANY_WORD.matcher(query);
            while (word.find()) {
                if (reader.docFreq(new Term(EntryFields.WORDS, fold(word.group()))) > share * reader.maxDoc()) {
                    common.add(word.group());
                }
            }
            return common;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query with its unknown words corrected, or null when every word is known or none can be corrected. */
    String suggest(String query) {
        try (IndexReader reader = reader()) {
            StringBuilder corrected = new StringBuilder();
            boolean changed = false;
            Matcher word = WORD.matcher(query);
            int from = 0;
            while (word.find()) {
                String folded = fold(word.group());
                Term term = new Term(EntryFields.WORDS, folded);
                String replacement = word.group();
                if (reader.docFreq(term) == 0) {
                    SuggestWord[] best = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (best.length > 0) {
                        replacement = best[0].string;
                        changed = true;
                    }
                }
                corrected.append(query, from, word.start()).append(replacement);
                from = word.end();
            }
            corrected.append(query.substring(from));
            return changed ? corrected.toString() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexReader reader() {
        return SearchIndex.scope(emf).extension(LuceneExtension.get()).openIndexReader();
    }

    private static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
    }
}
