package org.rt2kb.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the index's vocabulary tells about a query's words (the unstemmed, folded words of titles and texts). Each
 * search backend answers from its own statistics.
 */
interface Spelling {

    /** A word that may be corrected: letters only, four or more, so that codes and short words are left alone. */
    Pattern CHECKED_WORD = Pattern.compile("\\p{L}{4,}");

    Pattern ANY_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * The words of a query that most documents contain (more than {@code share} of them): they tell little about what
     * is wanted, and cost most to match.
     */
    Set<String> common(String query, double share);

    /**
     * "Did you mean": the query with each word that no document contains replaced by the closest word the documents do
     * contain (within two edits), or null when every word is known or none can be corrected.
     */
    String suggest(String query);

    /** A word as the vocabulary holds it: lower case, without accents. */
    static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
    }
}
