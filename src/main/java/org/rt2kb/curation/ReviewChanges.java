package org.rt2kb.curation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.shared.form.FieldChange;
import org.springframework.stereotype.Component;

/**
 * What a reviewer needs to know about an entry waiting for publication: what changed since the public last saw it.
 * An entry has one row and no separate published copy, so the published version is the newest revision recorded with
 * the status "published"; the entry's newest revision holds its fields now. An entry never published is new, and all
 * its fields are shown. Values are written with names, as in the history.
 */
@Component
public class ReviewChanges {

    private final EntryHistory history;
    private final ValueLabels labels;

    ReviewChanges(EntryHistory history, ValueLabels labels) {
        this.history = history;
        this.labels = labels;
    }

    /**
     * The changes of an entry since its last published version.
     *
     * @param published the last published version, null when the entry was never published
     * @param current the entry's newest revision, null when it has no history (as loaded from the seed files)
     */
    public record SincePublished(Revision published, Revision current, List<FieldChange> changes) {

        public boolean isNew() {
            return published == null && current != null;
        }
    }

    SincePublished of(long entryId, Locale locale) {
        List<Revision> revisions = history.of(entryId); // newest first
        if (revisions.isEmpty()) {
            return new SincePublished(null, null, List.of());
        }
        Revision current = revisions.get(0);
        Revision published = revisions.stream()
                .filter(r -> r.status() == EntryStatus.PUBLISHED)
                .findFirst()
                .orElse(null);
        Map<String, Object> before = published == null ? Map.of() : published.fields();
        return new SincePublished(
                published, current, labels.named(FieldChange.between(before, current.fields()), locale));
    }
}
