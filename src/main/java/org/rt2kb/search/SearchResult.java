package org.rt2kb.search;

import java.util.List;
import java.util.Map;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Multilingual;

/**
 * What a search found: one page of hits, the total, counts per filter value over all hits, and the concepts the query
 * was widened with. When the words as typed found nothing, {@code approximate} is set, and {@code suggestion} holds the
 * corrected query if some words were unknown ("did you mean").
 */
public record SearchResult(
        List<Hit> hits,
        long total,
        Map<String, Map<String, Long>> facets,
        String suggestion,
        boolean approximate,
        List<String> expandedConcepts) {

    /**
     * One hit. {@code snippet} is HTML-escaped text with the matched words in {@code <mark>}, in {@code snippetLang};
     * {@code target} is the entry an annotation hit belongs to ("practice:slug"), else null; {@code note} is the hit of
     * the entry's own public note when it matched too, shown under the entry rather than as a hit of its own.
     */
    public record Hit(
            String type,
            String slug,
            String target,
            Multilingual title,
            String snippet,
            String snippetLang,
            float score,
            Integer year,
            Hit note) {

        /** The same hit with its entry's note that matched too. */
        Hit withNote(Hit note) {
            return new Hit(type, slug, target, title, snippet, snippetLang, score, year, note);
        }

        /** The entry this hit leads to, written {@code type:slug} ("practice:slug"). */
        public String entry() {
            return target != null ? target : type + ":" + slug;
        }

        /** The address of the page this hit leads to. */
        public String href() {
            String entry = entry();
            int colon = entry.indexOf(':');
            return EntryType.pagePath(entry.substring(0, colon), entry.substring(colon + 1));
        }
    }

    static SearchResult empty() {
        return new SearchResult(List.of(), 0, Map.of(), null, false, List.of());
    }
}
