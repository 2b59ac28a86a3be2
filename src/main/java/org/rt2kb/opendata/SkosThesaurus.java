package org.rt2kb.opendata;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.ModelBuilder;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.rt2kb.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thesaurus as a SKOS concept scheme: each concept at the address of its page, with its preferred and other
 * labels and its note in both languages, and its broader and narrower concepts.
 */
@Service
@Transactional(readOnly = true)
class SkosThesaurus {

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();
    private static final Map<String, IRI> LABELS =
            Map.of("pref", SKOS.PREF_LABEL, "alt", SKOS.ALT_LABEL, "note", SKOS.SCOPE_NOTE);

    private final JdbcClient jdbc;
    private final MessageSource messages;

    SkosThesaurus(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    Model scheme(String origin) {
        IRI scheme = VALUES.createIRI(origin + "/concepts");
        ModelBuilder rdf = new ModelBuilder()
                .setNamespace(SKOS.NS)
                .setNamespace(DCTERMS.NS)
                .subject(scheme)
                .add(RDF.TYPE, SKOS.CONCEPT_SCHEME);
        for (Locale language : Languages.ALL) {
            rdf.add(
                    DCTERMS.TITLE,
                    VALUES.createLiteral(messages.getMessage("skos.title", null, language), language.getLanguage()));
        }
        Set<String> narrower = new HashSet<>();
        jdbc.sql("select concept_id, broader_id from concept_broader order by concept_id, broader_id")
                .query(rs -> {
                    IRI concept = concept(origin, rs.getString("concept_id"));
                    IRI broader = concept(origin, rs.getString("broader_id"));
                    rdf.subject(concept).add(SKOS.BROADER, broader);
                    rdf.subject(broader).add(SKOS.NARROWER, concept);
                    narrower.add(rs.getString("concept_id"));
                });
        jdbc.sql("select id, exact_match from concept order by id").query(rs -> {
            String id = rs.getString("id");
            rdf.subject(concept(origin, id)).add(RDF.TYPE, SKOS.CONCEPT).add(SKOS.IN_SCHEME, scheme);
            for (Object uri : (Object[]) rs.getArray("exact_match").getArray()) {
                rdf.add(SKOS.EXACT_MATCH, VALUES.createIRI((String) uri));
            }
            if (!narrower.contains(id)) {
                rdf.add(SKOS.TOP_CONCEPT_OF, scheme);
                rdf.subject(scheme).add(SKOS.HAS_TOP_CONCEPT, concept(origin, id));
            }
        });
        // Every label and note in every language it is written in, one row each.
        jdbc.sql("""
                        select c.id, l.kind, l.language, l.text from concept c cross join lateral (
                            select 'pref' as kind, key as language, value ->> 'text' as text from jsonb_each(c.pref)
                            union all
                            select 'alt', key, jsonb_array_elements_text(value) from jsonb_each(c.alt)
                            union all
                            select 'note', key, value ->> 'text' from jsonb_each(coalesce(c.note, '{}'))
                        ) l order by c.id, l.kind, l.language""").query(rs -> {
            rdf.subject(concept(origin, rs.getString("id")))
                    .add(
                            LABELS.get(rs.getString("kind")),
                            VALUES.createLiteral(rs.getString("text"), rs.getString("language")));
        });
        return rdf.build();
    }

    private static IRI concept(String origin, String id) {
        return VALUES.createIRI(origin + "/concepts/" + id);
    }
}
