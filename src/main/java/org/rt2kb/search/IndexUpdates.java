package org.rt2kb.search;

import org.rt2kb.entry.EntryChanged;
import org.rt2kb.reference.ReferenceItemChanged;
import org.rt2kb.reference.ReferenceList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with what curation and the reference lists announce. The listeners run in the transaction
 * that made the change, so the documents are written when it commits and a search right after sees the change.
 */
@Component
class IndexUpdates {

    private final SearchIndex index;

    IndexUpdates(SearchIndex index) {
        this.index = index;
    }

    @EventListener
    void entryChanged(EntryChanged change) {
        if (change.linkedEntries()) {
            index.reindexAround(change.entry());
        } else {
            index.reindex(change.entry());
        }
    }

    @EventListener
    void referenceItemChanged(ReferenceItemChanged change) {
        if (change.list() == ReferenceList.COUNTRIES) {
            index.reindexPracticesIn(change.code());
        }
    }
}
