package org.rt2kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/** Rewrites of a plain query: typo-tolerant words, and the words it excludes with a leading minus. */
final class Typos {

    /** The flags of the typo-tolerant query: words with {@code ~}, and nothing else that could misparse. */
    static final Set<SimpleQueryFlag> FLAGS = Set.of(SimpleQueryFlag.FUZZY, SimpleQueryFlag.WHITESPACE);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern EXCLUDED = Pattern.compile("(?:^|\\s)-([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)");

    private Typos() {}

    /** Each word of four letters or more may differ by one edit, of eight or more by two: "statelesness~2". */
    static String tolerant(String query) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(query);
        while (word.find()) {
            String w = word.group();
            words.add(w.length() >= 8 ? w + "~2" : w.length() >= 4 ? w + "~1" : w);
        }
        return String.join(" ", words);
    }

    /** The query without the given words. */
    static String without(String query, Set<String> words) {
        List<String> kept = new ArrayList<>();
        Matcher word = WORD.matcher(query);
        while (word.find()) {
            if (!words.contains(word.group())) {
                kept.add(word.group());
            }
        }
        return String.join(" ", kept);
    }

    /** The words a query excludes with {@code -word}, outside quotes. */
    static List<String> exclusions(String query) {
        String outsideQuotes = query.replaceAll("\"[^\"]*\"", " ");
        List<String> excluded = new ArrayList<>();
        Matcher m = EXCLUDED.matcher(outsideQuotes);
        while (m.find()) {
            excluded.add(m.group(1));
        }
        return excluded;
    }
}
