package org.rt2kb.thesaurus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.rt2kb.shared.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thesaurus as search and pages use it: which concepts a query names, in which languages, and what their labels
 * are in the others. The concepts are read once and kept in memory; {@link #refresh()} rereads them after
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

    /** A concept named in a query through its labels in {@code namedIn}, with the concept's labels. */
    /** {@code words}: the longest of the concept's labels found in the query, normalized. */
    public record Match(String id, Set<String> namedIn, Concept concept, String words) {

        /** The concept's labels in {@code language}, the preferred one first. */
        public List<String> labels(String language) {
            return concept.labels(language);
        }
    }

    /**
     * The concepts whose labels appear as whole words in {@code query}, longest labels first. Words a longer label
     * took are not read again: "detención de migrantes" names immigration detention, not also migrants.
     */
    public List<Match> conceptsIn(String query) {
        String text = " " + normalize(query) + " ";
        Map<String, Set<String>> namedIn = new LinkedHashMap<>();
        Map<String, Named> longest = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Named label : labels()) {
            String key = " " + label.key() + " ";
            if (label.key().length() < 3 || !text.contains(key)) {
                continue;
            }
            String id = label.concept().getId();
            if (!longest.containsKey(id) && taken.stream().anyMatch(longer -> longer.contains(key))) {
                continue;
            }
            taken.add(key);
            namedIn.computeIfAbsent(id, k -> new TreeSet<>()).add(label.language());
            longest.putIfAbsent(id, label);
        }
        List<Match> found = new ArrayList<>();
        namedIn.forEach((id, languages) -> found.add(new Match(
                id,
                Set.copyOf(languages),
                longest.get(id).concept(),
                longest.get(id).key())));
        return List.copyOf(found);
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
                for (String language : Languages.CODES) {
                    concept.labels(language).forEach(label -> read.add(new Named(normalize(label), concept, language)));
                }
            }
            read.sort(Comparator.comparingInt((Named named) -> named.key().length())
                    .reversed());
            current = List.copyOf(read);
            labels.set(current);
        }
        return current;
    }

    private record Named(String key, Concept concept, String language) {}
}
