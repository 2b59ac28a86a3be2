package org.rt2kb.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis}, built from OpenSearch's own components, term for term: the same text gives
 * the same terms on either backend.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("french_stop").type("stop").param("stopwords", "_french_");
        context.tokenFilter("spanish_stop").type("stop").param("stopwords", "_spanish_");
        context.tokenFilter("spanish_stem").type("stemmer").param("language", "light_spanish");
        context.tokenFilter("french_elision")
                .type("elision")
                .param("articles_case", true)
                // Lucene's French articles, which the Lucene backend's elision filter takes by default.
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("french_stem").type("stemmer").param("language", "light_french");
        context.tokenFilter("british_isation")
                .type("pattern_replace")
                .param("pattern", "^(.+)isation(s?)$")
                .param("replacement", "$1ization$2");
        context.tokenFilter("british_ise")
                .type("pattern_replace")
                .param("pattern", "^(.{3,})is(e|ed|es|ing)$")
                .param("replacement", "$1iz$2");
        context.tokenFilter("british_our")
                .type("pattern_replace")
                .param("pattern", "^(.{2,}[^aeiou])our(s?)$")
                .param("replacement", "$1or$2");
        context.tokenFilter("word_starts")
                .type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", 20);
        context.charFilter("no_spaces")
                .type("pattern_replace")
                .param("pattern", "[\\s.]+")
                .param("replacement", "");
        context.charFilter("no_leading_zeros")
                .type("pattern_replace")
                .param("pattern", "(?<=[A-Za-z])0+(?=[0-9])")
                .param("replacement", "");

        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "english_possessive",
                        "lowercase",
                        "english_stop",
                        "french_stop",
                        "spanish_stop",
                        "asciifolding",
                        "british_isation",
                        "british_ise",
                        "british_our",
                        "porter_stem");
        context.analyzer(SearchAnalysis.FRENCH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "french_elision",
                        "lowercase",
                        "french_stop",
                        "english_stop",
                        "spanish_stop",
                        "french_stem",
                        "asciifolding");
        context.analyzer(SearchAnalysis.SPANISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "lowercase", "spanish_stop", "french_stop", "english_stop", "spanish_stem", "asciifolding");
        context.analyzer(SearchAnalysis.NAMES)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "french_elision", "lowercase", "english_stop", "french_stop", "spanish_stop", "asciifolding");
        context.analyzer(SearchAnalysis.WORDS)
                .custom()
                .tokenizer("standard")
                .tokenFilters("french_elision", "lowercase", "asciifolding");
        context.analyzer(SearchAnalysis.PREFIXES)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "word_starts");
        context.normalizer(SearchAnalysis.CODE)
                .custom()
                .charFilters("no_spaces", "no_leading_zeros")
                .tokenFilters("lowercase", "asciifolding");
    }
}
