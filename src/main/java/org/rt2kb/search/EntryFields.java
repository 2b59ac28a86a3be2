package org.rt2kb.search;

import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;

/**
 * The fields every indexed entry has, with the same names and types in every index, so that one query searches
 * themes, practices, instruments and annotations together.
 */
record EntryFields(
        IndexFieldReference<String> type,
        IndexFieldReference<String> slug,
        IndexFieldReference<String> target,
        IndexFieldReference<String> titleEn,
        IndexFieldReference<String> titleFr,
        IndexFieldReference<String> titleEs,
        IndexFieldReference<String> textEn,
        IndexFieldReference<String> textFr,
        IndexFieldReference<String> textEs,
        IndexFieldReference<String> aliases,
        IndexFieldReference<String> words,
        IndexFieldReference<String> prefixes,
        IndexFieldReference<String> codes,
        IndexFieldReference<String> themes,
        IndexFieldReference<String> countries,
        IndexFieldReference<String> group,
        IndexFieldReference<String> instrumentType,
        IndexFieldReference<String> body,
        IndexFieldReference<String> concepts,
        IndexFieldReference<Integer> year,
        ListFields list) {

    static final String TYPE = "type";
    static final String SLUG = "slug";
    static final String TARGET = "target";
    static final String TITLE_EN = "title_en";
    static final String TITLE_FR = "title_fr";
    static final String TITLE_ES = "title_es";
    static final String TEXT_EN = "text_en";
    static final String TEXT_FR = "text_fr";
    static final String TEXT_ES = "text_es";
    /** Other names an entry is known by, in any language ("Palermo Protocol", "Convención de Palermo"). */
    static final String ALIASES = "aliases";
    /** The title and text fields of each language, which a query searches together. */
    static final Map<String, String> TITLES = Map.of("en", TITLE_EN, "fr", TITLE_FR, "es", TITLE_ES);

    static final Map<String, String> TEXTS = Map.of("en", TEXT_EN, "fr", TEXT_FR, "es", TEXT_ES);
    static final String WORDS = "words";
    static final String PREFIXES = "prefixes";
    static final String CODES = "codes";
    static final String THEMES = "themes";
    static final String COUNTRIES = "countries";
    static final String GROUP = "group";
    static final String INSTRUMENT_TYPE = "instrument_type";
    static final String BODY = "body";
    static final String CONCEPTS = "concepts";
    static final String YEAR = "year";

    static EntryFields declare(IndexSchemaElement schema) {
        // The plain highlighter analyses again the few texts it shows: no term vectors to write for every document.
        List<Highlightable> highlighted = List.of(Highlightable.PLAIN);
        return new EntryFields(
                keyword(schema, TYPE, true),
                schema.field(SLUG, f -> f.asString().projectable(Projectable.YES))
                        .toReference(),
                schema.field(TARGET, f -> f.asString().projectable(Projectable.YES))
                        .toReference(),
                title(schema, TITLE_EN, SearchAnalysis.ENGLISH),
                title(schema, TITLE_FR, SearchAnalysis.FRENCH),
                title(schema, TITLE_ES, SearchAnalysis.SPANISH),
                text(schema, TEXT_EN, SearchAnalysis.ENGLISH, highlighted),
                text(schema, TEXT_FR, SearchAnalysis.FRENCH, highlighted),
                text(schema, TEXT_ES, SearchAnalysis.SPANISH, highlighted),
                schema.field(ALIASES, f -> f.asString().analyzer(SearchAnalysis.NAMES))
                        .multiValued()
                        .toReference(),
                schema.field(WORDS, f -> f.asString().analyzer(SearchAnalysis.WORDS))
                        .multiValued()
                        .toReference(),
                schema.field(
                                PREFIXES,
                                f -> f.asString()
                                        .analyzer(SearchAnalysis.PREFIXES)
                                        .searchAnalyzer(SearchAnalysis.WORDS))
                        .multiValued()
                        .toReference(),
                schema.field(CODES, f -> f.asString().normalizer(SearchAnalysis.CODE))
                        .multiValued()
                        .toReference(),
                multiKeyword(schema, THEMES),
                multiKeyword(schema, COUNTRIES),
                keyword(schema, GROUP, true),
                keyword(schema, INSTRUMENT_TYPE, true),
                keyword(schema, BODY, true),
                multiKeyword(schema, CONCEPTS),
                schema.field(
                                YEAR,
                                f -> f.asInteger()
                                        .aggregable(Aggregable.YES)
                                        .sortable(Sortable.YES)
                                        .projectable(Projectable.YES))
                        .toReference(),
                ListFields.declare(schema));
    }

    /** The title field of {@code language}, or null for a language the index has no field for. */
    IndexFieldReference<String> title(String language) {
        return switch (language) {
            case "en" -> titleEn;
            case "fr" -> titleFr;
            case "es" -> titleEs;
            default -> null;
        };
    }

    /** The text field of {@code language}, or null for a language the index has no field for. */
    IndexFieldReference<String> text(String language) {
        return switch (language) {
            case "en" -> textEn;
            case "fr" -> textFr;
            case "es" -> textEs;
            default -> null;
        };
    }

    private static IndexFieldReference<String> title(IndexSchemaElement schema, String name, String analyzer) {
        return schema.field(name, f -> f.asString().analyzer(analyzer).projectable(Projectable.YES))
                .toReference();
    }

    private static IndexFieldReference<String> text(
            IndexSchemaElement schema, String name, String analyzer, List<Highlightable> highlighted) {
        return schema.field(name, f -> f.asString().analyzer(analyzer).highlightable(highlighted))
                .toReference();
    }

    private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name, boolean projectable) {
        return schema.field(
                        name,
                        f -> f.asString()
                                .aggregable(Aggregable.YES)
                                .projectable(projectable ? Projectable.YES : Projectable.NO))
                .toReference();
    }

    private static IndexFieldReference<String> multiKeyword(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().aggregable(Aggregable.YES))
                .multiValued()
                .toReference();
    }
}
