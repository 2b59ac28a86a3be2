package org.rt2kb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rt2kb.search.SearchIndex;
import org.rt2kb.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fills a data folder with the seed catalogue grown to {@code kb.bench.entries} entries ({@link CatalogueGenerator})
 * and builds its search index, so that the jar can be started on it with {@code --kb.data-dir=…}. Run it through
 * {@code src/bench/generate.sh N DIR}.
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            "kb.data-dir=${kb.bench.dir}",
            "kb.embedded-db.ephemeral=false",
            "kb.embedded-db.durable=true",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem"
        })
@ActiveProfiles("test")
@Import(TestDatabase.class)
class GenerateCatalogue {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndex index;

    @Test
    void fillTheDataFolder() {
        int target = Integer.getInteger("kb.bench.entries", 10_000);
        long existing = jdbc.queryForObject("select count(*) from entry", Long.class);
        long started = System.nanoTime();
        if (existing < target) {
            new CatalogueGenerator(jdbc).grow((int) (target - existing));
        }
        long generated = System.nanoTime();
        index.build();
        System.out.printf(
                "%d entries (%d generated in %d ms), %d documents indexed in %d ms%n",
                jdbc.queryForObject("select count(*) from entry", Long.class),
                Math.max(0, target - existing),
                (generated - started) / 1_000_000,
                index.documents(),
                (System.nanoTime() - generated) / 1_000_000);
        assertThat(index.documents()).isEqualTo(index.expected());
    }
}
