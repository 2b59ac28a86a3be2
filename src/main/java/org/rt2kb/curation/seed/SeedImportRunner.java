package org.rt2kb.curation.seed;

import org.rt2kb.shared.KbProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills an empty catalogue from the seeds when the application starts (unless {@code kb.import-seeds=false}). */
@Component
@Order(0)
class SeedImportRunner implements ApplicationRunner {

    private final SeedImporter importer;
    private final KbProperties properties;

    SeedImportRunner(SeedImporter importer, KbProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.importSeeds()) {
            importer.importIfEmpty(properties.seeds());
        }
    }
}
