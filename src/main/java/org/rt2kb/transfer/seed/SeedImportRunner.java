package org.rt2kb.transfer.seed;

import org.rt2kb.search.SearchIndex;
import org.rt2kb.shared.ClusterLock;
import org.rt2kb.shared.IndexWarmUp;
import org.rt2kb.shared.KbProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Fills an empty catalogue and an empty thesaurus from the seeds at start (unless {@code kb.import-seeds=false}), then
 * builds the search index if it is out of step with the database, one node of a cluster at a time. It runs once every
 * bean is ready but before the web server opens, so no request ever sees a half-filled catalogue, and a bad seed file
 * stops the start. The index of a first start is built then too; a rebuild of an existing catalogue's index (a lost
 * folder, a new mapping version) runs in the background instead, while searches and lists answer "warming up"
 * ({@link IndexWarmUp}).
 */
@Component
class SeedImportRunner implements SmartInitializingSingleton {

    private final SeedImporter importer;
    private final ThesaurusImporter thesaurus;
    private final SearchIndex index;
    private final KbProperties properties;
    private final ClusterLock lock;
    private final IndexWarmUp warmUp;

    SeedImportRunner(
            SeedImporter importer,
            ThesaurusImporter thesaurus,
            SearchIndex index,
            KbProperties properties,
            ClusterLock lock,
            IndexWarmUp warmUp) {
        this.importer = importer;
        this.thesaurus = thesaurus;
        this.index = index;
        this.properties = properties;
        this.lock = lock;
        this.warmUp = warmUp;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // Nodes started together against an empty database: the first fills it, the others then find it filled.
        try (ClusterLock.Held held = lock.acquire("start-up")) {
            fillAndIndex();
        }
    }

    private void fillAndIndex() {
        boolean imported = false;
        if (properties.importSeeds()) {
            imported = importer.importIfEmpty(properties.seeds()).imported();
            imported |= thesaurus.importIfEmpty(properties.seeds()) > 0;
        }
        // An import writes links and tags after the entries they describe: index the result as a whole.
        if (imported) {
            index.build();
        } else if (index.outOfStep()) {
            warmUp.start(index::buildIfOutOfStep);
        }
    }
}
