package org.rt2kb.curation;

import java.util.Collection;
import org.rt2kb.shared.Entry;
import org.rt2kb.shared.EntryStatus;

/**
 * Removes what a test created through the forms, the way an administrator would (archive, then purge), so the index
 * and the other tests' counts are as before.
 */
class CurationCleanup {

    private final Curation curation;

    CurationCleanup(Curation curation) {
        this.curation = curation;
    }

    void purge(Collection<Long> ids) {
        for (long id : ids) {
            Entry entry = curation.entry(id);
            if (entry.getStatus() != EntryStatus.ARCHIVED) {
                entry = curation.move(id, entry.getVersion(), EntryStatus.ARCHIVED, "test");
            }
            curation.purge(id, entry.getVersion(), "test");
        }
    }
}
