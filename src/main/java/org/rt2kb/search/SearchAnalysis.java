package org.rt2kb.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut into terms for the index and for queries. Every language folds accents, so "regularisation",
 * "régularisation" and "REGULARISATION" meet; English also folds British into American spellings before stemming,
 * so "labour" meets "labor" and "regularisation" meets "regularization".
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";
    public static final String FRENCH = "french";
    public static final String SPANISH = "spanish";
    /**
     * Names in any language (an instrument's other names), without stemming but without any language's function
     * words: searched with the titles, a name must not make "with" or "los" a word a query has to match.
     */
    public static final String NAMES = "names";
    /** Whole words, lower-cased and folded: the vocabulary for "did you mean". */
    public static final String WORDS = "words";
    /** Word starts, for suggestions as one types. */
    public static final String PREFIXES = "prefixes";
    /** A code or symbol, compared without case, spaces or leading zeros: "R 086" = "r86". */
    public static final String CODE = "code";

    /**
     * Each language's fields also drop the other languages' function words ("la", "des", "the", "of", "los"): a query
     * is run against all of them, and a French article that English text never holds would otherwise fail an
     * all-words match.
     */
    private static final String FRENCH_STOP_WORDS = "org/apache/lucene/analysis/snowball/french_stop.txt";

    private static final String SPANISH_STOP_WORDS = "org/apache/lucene/analysis/snowball/spanish_stop.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .tokenFilter("stop")
                .param("words", FRENCH_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("stop")
                .param("words", SPANISH_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("asciiFolding")
                .tokenFilter("patternReplace")
                .param("pattern", "^(.+)isation(s?)$")
                .param("replacement", "$1ization$2")
                .tokenFilter("patternReplace")
                .param("pattern", "^(.{3,})is(e|ed|es|ing)$")
                .param("replacement", "$1iz$2")
                .tokenFilter("patternReplace")
                .param("pattern", "^(.{2,}[^aeiou])our(s?)$")
                .param("replacement", "$1or$2")
                .tokenFilter("porterStem");
        context.analyzer(FRENCH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", FRENCH_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("stop")
                .tokenFilter("stop")
                .param("words", SPANISH_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("frenchLightStem")
                .tokenFilter("asciiFolding");
        // Spanish has no elided articles; its light stemmer folds plurals and genders ("trabajadoras" = "trabajador").
        context.analyzer(SPANISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", SPANISH_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("stop")
                .param("words", FRENCH_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("stop")
                .tokenFilter("spanishLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(NAMES)
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .tokenFilter("stop")
                .param("words", FRENCH_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("stop")
                .param("words", SPANISH_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("asciiFolding");
        context.analyzer(WORDS)
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(PREFIXES)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
        context.normalizer(CODE)
                .custom()
                .charFilter("patternReplace")
                .param("pattern", "[\\s.]+")
                .param("replacement", "")
                .charFilter("patternReplace")
                .param("pattern", "(?<=[A-Za-z])0+(?=[0-9])")
                .param("replacement", "")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
