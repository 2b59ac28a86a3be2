package org.rt2kb.curation;

import org.rt2kb.shared.form.FormRecovery;
import org.springframework.stereotype.Component;

/** What entry form controllers share: the curation service, the conflict view and the recovery of bad values. */
@Component
public record EntryForms(Curation curation, EditConflicts conflicts, FormRecovery recovery) {}
