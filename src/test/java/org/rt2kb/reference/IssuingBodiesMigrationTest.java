package org.rt2kb.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.MigrationSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V27 gives a catalogue imported before it one issuing body per name its instruments give, named in English
 * by that name and in French by the name their official record holds.
 */
@CatalogueTest
class IssuingBodiesMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    MigrationSchema schema;

    @BeforeEach
    void createSchema() {
        schema = new MigrationSchema(dataSource, "before_v27");
    }

    @AfterEach
    void dropSchema() {
        schema.drop();
    }

    @Test
    void shouldMakeABodyOfEachNameTheInstrumentsGiveWithItsFrenchName() {
        schema.migrateTo("26");
        for (String statement : List.of(
                "insert into before_v27.entry (id, entry_type, slug, status) values (1, 'instrument', 'c189', 'published')",
                "insert into before_v27.entry (id, entry_type, slug, status) values (2, 'instrument', 'c181', 'published')",
                "insert into before_v27.entry (id, entry_type, slug, status) values (3, 'instrument', 'gcm', 'published')",
                """
                insert into before_v27.instrument (id, title, type, body, binding, body_fr)
                values (1, '{"en": {"text": "C189"}}', 'ilo-convention', 'ILO', true,
                        'Organisation internationale du Travail'),
                       (2, '{"en": {"text": "C181"}}', 'ilo-convention', 'ILO', true, null),
                       (3, '{"en": {"text": "GCM"}}', 'compact', 'UN General Assembly', false, null)""")) {
            jdbc.sql(statement).update();
        }

        schema.migrateTo("27");

        assertThat(jdbc.sql("""
                        select key || ' | ' || (name -> 'en' ->> 'text') || ' | '
                               || coalesce(name -> 'fr' ->> 'text', '-')
                        from before_v27.issuing_body order by key""").query(String.class).list())
                .containsExactly(
                        "ILO | ILO | Organisation internationale du Travail",
                        "UN General Assembly | UN General Assembly | -");
    }
}
