package org.rt2kb.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;

/**
 * The fields the list pages filter, count and sort by: one keyword field per facet ({@code facet_<dimension>}), the
 * years an entry covers, and the sort keys. They hold exactly what the pages show, so that a list built from the
 * index is the list the database holds.
 */
record ListFields(
        Map<String, IndexFieldReference<String>> facets,
        IndexFieldReference<Integer> from,
        IndexFieldReference<Integer> to,
        IndexFieldReference<Long> order,
        IndexFieldReference<String> titleEn,
        IndexFieldReference<String> titleFr,
        IndexFieldReference<String> countryEn,
        IndexFieldReference<String> countryFr,
        IndexFieldReference<String> code,
        IndexFieldReference<Long> id) {

    /**
     * Every facet of every list page (the practices' first, then the instruments' own), and the region of a
     * practice's actor, its reach, by which a country page finds the regional and global practices that concern it.
     */
    static final List<String> DIMENSIONS = List.of(
            "theme",
            "group",
            "country",
            "region",
            "scope",
            "gcm",
            "sdg",
            "instrument",
            "reach",
            "type",
            "body",
            "binding",
            "annex");

    static final String FROM = "list_from";
    static final String TO = "list_to";
    static final String ORDER = "list_order";
    static final String TITLE_EN = "list_title_en";
    static final String TITLE_FR = "list_title_fr";
    static final String COUNTRY_EN = "list_country_en";
    static final String COUNTRY_FR = "list_country_fr";
    static final String CODE = "list_code";
    static final String ID = "list_id";

    static String facet(String dimension) {
        return "facet_" + dimension;
    }

    static ListFields declare(IndexSchemaElement schema) {
        Map<String, IndexFieldReference<String>> facets = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            facets.put(
                    dimension,
                    schema.field(facet(dimension), f -> f.asString().aggregable(Aggregable.YES))
                            .multiValued()
                            .toReference());
        }
        return new ListFields(
                facets,
                schema.field(FROM, f -> f.asInteger().sortable(Sortable.YES).aggregable(Aggregable.YES))
                        .toReference(),
                number(schema, TO),
                schema.field(ORDER, f -> f.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
                        .toReference(),
                sortKey(schema, TITLE_EN),
                sortKey(schema, TITLE_FR),
                sortKey(schema, COUNTRY_EN),
                sortKey(schema, COUNTRY_FR),
                sortKey(schema, CODE),
                schema.field(ID, f -> f.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
                        .toReference());
    }

    private static IndexFieldReference<Integer> number(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asInteger().sortable(Sortable.YES)).toReference();
    }

    /** A key sorted byte by byte: a code as it is, or a text's collation key ({@link ListDocument}). */
    private static IndexFieldReference<String> sortKey(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().sortable(Sortable.YES).searchable(Searchable.NO))
                .toReference();
    }
}
