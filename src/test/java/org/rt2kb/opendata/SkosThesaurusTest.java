package org.rt2kb.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The thesaurus as SKOS, parsed back with RDF4J in both formats. */
@CatalogueTest
class SkosThesaurusTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldDescribeEveryConceptWithItsLabelsAndHierarchyInTurtle() throws Exception {
        Model skos = parse("/concepts.ttl", RDFFormat.TURTLE, "text/turtle");
        long concepts =
                jdbc.sql("select count(*) from concept").query(Long.class).single();
        long broader = jdbc.sql("select count(*) from concept_broader")
                .query(Long.class)
                .single();

        assertThat(skos.filter(null, RDF.TYPE, SKOS.CONCEPT).subjects()).hasSize((int) concepts);
        assertThat(skos.filter(null, SKOS.BROADER, null)).hasSize((int) broader);
        assertThat(skos.filter(null, SKOS.NARROWER, null)).hasSize((int) broader);
        String id = jdbc.sql("select id from concept order by id limit 1")
                .query(String.class)
                .single();
        IRI concept = SimpleValueFactory.getInstance().createIRI("http://localhost/concepts/" + id);
        assertThat(Models.objectLiterals(skos.filter(concept, SKOS.PREF_LABEL, null)))
                .extracting(literal -> literal.getLanguage().orElseThrow())
                .containsExactlyInAnyOrder("en", "fr", "es");
        assertThat(skos.filter(
                        concept,
                        SKOS.IN_SCHEME,
                        SimpleValueFactory.getInstance().createIRI("http://localhost/concepts")))
                .hasSize(1);
        assertThat(mvc.get().uri("/concepts/" + id)).hasStatusOk();
    }

    @Test
    void shouldSayTheSameInJsonLd() throws Exception {
        Model turtle = parse("/concepts.ttl", RDFFormat.TURTLE, "text/turtle");
        Model jsonLd = parse("/concepts.jsonld", RDFFormat.JSONLD, "application/ld+json");

        assertThat(Models.isomorphic(turtle, jsonLd)).isTrue();
        assertThat(Models.objectLiterals(jsonLd.filter(null, SKOS.PREF_LABEL, null)))
                .extracting(Literal::getLabel)
                .anyMatch(label -> label.matches(".*[éèàç].*"));
    }

    private Model parse(String address, RDFFormat format, String type) throws Exception {
        MvcTestResult result = mvc.get().uri(address).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(type);
        return Rio.parse(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)), "", format);
    }
}
