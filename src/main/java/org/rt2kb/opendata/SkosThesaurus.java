package org.rt2kb.opendata;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
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
        jdbc.sql("select * from concept order by id").query(rs -> {
            String id = rs.getString("id");
            rdf.subject(concept(origin, id))
                    .add(RDF.TYPE, SKOS.CONCEPT)
                    .add(SKOS.IN_SCHEME, scheme)
                    .add(SKOS.PREF_LABEL, VALUES.createLiteral(rs.getString("pref_en"), "en"))
                    .add(SKOS.PREF_LABEL, VALUES.createLiteral(rs.getString("pref_fr"), "fr"));
            labels(rdf, rs.getArray("alt_en"), "en");
            labels(rdf, rs.getArray("alt_fr"), "fr");
            note(rdf, rs, "en");
            note(rdf, rs, "fr");
            for (Object uri : (Object[]) rs.getArray("exact_match").getArray()) {
                rdf.add(SKOS.EXACT_MATCH, VALUES.createIRI((String) uri));
            }
            if (!narrower.contains(id)) {
                rdf.add(SKOS.TOP_CONCEPT_OF, scheme);
                rdf.subject(scheme).add(SKOS.HAS_TOP_CONCEPT, concept(origin, id));
            }
        });
        return rdf.build();
    }

    private static IRI concept(String origin, String id) {
        return VALUES.createIRI(origin + "/concepts/" + id);
    }

    private static void labels(ModelBuilder rdf, Array labels, String language) throws SQLException {
        for (Object label : (Object[]) labels.getArray()) {
            rdf.add(SKOS.ALT_LABEL, VALUES.createLiteral((String) label, language));
        }
    }

    private static void note(ModelBuilder rdf, ResultSet rs, String language) throws SQLException {
        String note = rs.getString("note_" + language);
        if (note != null && !note.isBlank()) {
            rdf.add(SKOS.SCOPE_NOTE, VALUES.createLiteral(note, language));
        }
    }
}
