package org.rt2kb.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;

/** {@link Spelling} from the local Lucene index: its term statistics and Lucene's spell checker. */
final class LuceneSpelling implements Spelling {

    private final EntityManagerFactory emf;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    LuceneSpelling(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public Set<String> common(String query, double share) {
        try (IndexReader reader = reader()) {
            Set<String> common = new LinkedHashSet<>();
            Matcher word = ANY_WORD.matcher(query);
            while (word.find()) {
                if (reader.docFreq(new Term(EntryFields.WORDS, Spelling.fold(word.group())))
                        > share * reader.maxDoc()) {
                    common.add(word.group());
                }
            }
            return common;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String suggest(String query) {
        try (IndexReader reader = reader()) {
            StringBuilder corrected = new StringBuilder();
            boolean changed = false;
            Matcher word = CHECKED_WORD.matcher(query);
            int from = 0;
            while (word.find()) {
                String folded = Spelling.fold(word.group());
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
}
