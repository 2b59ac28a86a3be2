package org.rt2kb.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.rt2kb.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A benchmark of the whole application on a real port, over the grown catalogue kept in {@code
 * target/bench-<kb.bench.entries>} (see {@link CatalogueGenerator#growToTarget}). Runs only when asked (tag
 * {@code benchmark}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kb.data-dir=target/bench-${kb.bench.entries:10000}",
            "kb.embedded-db.ephemeral=false",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem"
        })
@ActiveProfiles("test")
@Import(TestDatabase.class)
@interface BenchServer {}
