package org.rt2kb.curation.seed;

import org.rt2kb.shared.KbProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Fills an empty catalogue from the seeds at start (unless {@code kb.import-seeds=false}). It runs once every bean is
 * ready but before the web server opens, so no request ever sees a half-filled catalogue and a bad seed file stops
 * the start.
 */
@Component
class SeedImportRunner implements SmartInitializingSingleton {

    private final SeedImporter importer;
    private final KbProperties properties;

    SeedImportRunner(SeedImporter importer, KbProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.importSeeds()) {
            importer.importIfEmpty(properties.seeds());
        }
    }
}
