package org.rt2kb.thesaurus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bilingual thesaurus as search and pages use it: which concepts a query names, in which language, and what their
 * labels are in the other one. The concepts are read once and kept in memory; {@link #refresh()} rereads them after
 * an edit, which is all an edit needs: expansion happens at query time, so the index never has to be rebuilt.
 */
@Service
@Transactional(readOnly = true)
public class Thesaurus {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final ConceptRepository concepts;
    private final AtomicReference<List<Named>> labels = new AtomicReference<>();

    Thesaurus(ConceptRepository concepts) {
        this.concepts = concepts;
    }

    /** A concept named in a query: through one of its English labels, French labels, or both. */
    public record Match(
            String id, boolean english, boolean french, List<String> englishLabels, List<String> frenchLabels) {}

    /** The concepts whose labels appear as whole words in {@code query}, longest labels first. */
    public List<Match> conceptsIn(String query) {
        String text = " " + normalize(query) + " ";
        Map<String, Match> found = new LinkedHashMap<>();
        for (Named named : labels()) {
            if (named.key().length() >= 3 && text.contains(" " + named.key() + " ")) {
                Match previous = found.get(named.concept().getId());
                found.put(
                        named.concept().getId(),
                        new Match(
                                named.concept().getId(),
                                named.english() || previous != null && previous.english(),
                                !named.english() || previous != null && previous.french(),
                                named.concept().englishLabels(),
                                named.concept().frenchLabels()));
            }
        }
        return List.copyOf(found.values());
    }

    /** Concepts with a label starting with {@code prefix}, for suggestions. */
    public List<Concept> startingWith(String prefix, int limit) {
        String start = normalize(prefix);
        if (start.length() < 2) {
            return List.of();
        }
        return labels().stream()
                .filter(named -> named.key().startsWith(start))
                .map(Named::concept)
                .distinct()
                .limit(limit)
                .toList();
    }

    /** Rereads the concepts, after the thesaurus was edited or imported. */
    public void refresh() {
        labels.set(null);
    }

    /** Lower case, without accents or punctuation, words separated by one space: how labels and queries compare. */
    public static String normalize(String text) {
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private List<Named> labels() {
        List<Named> current = labels.get();
        if (current == null) {
            List<Named> read = new ArrayList<>();
            for (Concept concept : concepts.findActiveWithBroader()) {
                concept.englishLabels().forEach(label -> read.add(new Named(normalize(label), concept, true)));
                concept.frenchLabels().forEach(label -> read.add(new Named(normalize(label), concept, false)));
            }
            read.sort(Comparator.comparingInt((Named named) -> named.key().length())
                    .reversed());
            current = List.copyOf(read);
            labels.set(current);
        }
        return current;
    }

    private record Named(String key, Concept concept, boolean english) {}
}
