package org.rt2kb.dossier;

import java.util.List;
import java.util.Map;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.instrument.InstrumentCitation.Citation;
import org.rt2kb.instrument.InstrumentJson;
import org.rt2kb.practice.PracticeJson;
import org.rt2kb.shared.Multilingual;

/**
 * A dossier item with what its page and its exports show: the entry's title and code, its formal citation in each
 * language (instruments), a text (a practice's description, a section's summary), the paper's passages that cite it,
 * a practice's facts, the themes it belongs to (for grouping) and the drafter's note.
 *
 * @param code an instrument's code, a section's number or an objective's number; null when there is none
 * @param citations by language code; empty for what has no formal citation of its own
 * @param instrument the instrument as published, with its official record; null for other kinds
 * @param practice the practice's country, actor, period, source and caveat; null for other kinds
 */
public record KeptItem(
        DossierItem item,
        Multilingual title,
        String code,
        Integer year,
        Map<String, Citation> citations,
        Multilingual text,
        List<LinkView> passages,
        InstrumentJson.Summary instrument,
        PracticeJson.Summary practice,
        List<String> themes,
        String note) {

    public String path() {
        return item.path();
    }

    public DossierItem.Kind kind() {
        return item.kind();
    }
}
