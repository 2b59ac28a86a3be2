package org.rt2kb.instrument;

import java.util.List;
import org.rt2kb.shared.Multilingual;

/** A published instrument as the instruments list and its facets see it. */
public record InstrumentRow(
        long id,
        String slug,
        String code,
        String acronym,
        Multilingual title,
        Integer year,
        String type,
        String body,
        boolean binding,
        List<String> annexGroups,
        List<String> themes,
        long practices) {

    InstrumentRow withPractices(long count) {
        return new InstrumentRow(id, slug, code, acronym, title, year, type, body, binding, annexGroups, themes, count);
    }
}
