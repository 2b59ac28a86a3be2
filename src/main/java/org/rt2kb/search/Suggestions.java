package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.rt2kb.entry.EntryType;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.thesaurus.Concept;
import org.rt2kb.thesaurus.Thesaurus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions as one types: entries whose title or code starts with the words typed, then countries and thesaurus
 * concepts whose name starts with them; optionally only some of these kinds (an admin form that wants instruments).
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

    static final int LIMIT = 8;

    /** The kinds of suggestions, as their {@code type} names them. */
    public static final List<String> TYPES = List.of("theme", "practice", "instrument", "country", "concept");

    private static final List<String> ENTRY_TYPES = List.of("theme", "practice", "instrument");

    private final EntityManager em;
    private final Thesaurus thesaurus;
    private final ReferenceData reference;

    Suggestions(EntityManager em, Thesaurus thesaurus, ReferenceData reference) {
        this.em = em;
        this.thesaurus = thesaurus;
        this.reference = reference;
    }

    /**
     * One suggestion: what to show, what kind of thing it is, its key (an entry's slug, a country's code, a concept's
     * id) and where it leads.
     */
    public record Suggestion(String label, String type, String slug, String url) {}

    public List<Suggestion> suggest(String typed, Locale locale) {
        return suggest(typed, Set.of(), locale);
    }

    /** The suggestions of the given {@link #TYPES} only, or of every type when {@code types} is empty. */
    public List<Suggestion> suggest(String typed, Set<String> types, Locale locale) {
        String query = KnowledgeSearch.clean(typed);
        if (query.length() < 2) {
            return List.of();
        }
        List<String> entryTypes = ENTRY_TYPES.stream()
                .filter(t -> types.isEmpty() || types.contains(t))
                .toList();
        List<Suggestion> found = new ArrayList<>();
        if (!entryTypes.isEmpty()) {
            entries(query, entryTypes, locale, found);
        }
        if (types.isEmpty() || types.contains("country")) {
            String start = Thesaurus.normalize(query);
            reference.countryPlaces().forEach((code, place) -> {
                if (place.name().texts().values().stream()
                        .anyMatch(name -> Thesaurus.normalize(name).startsWith(start))) {
                    found.add(new Suggestion(place.name().text(locale), "country", code, "/countries/" + code));
                }
            });
        }
        if (types.isEmpty() || types.contains("concept")) {
            for (Concept concept : thesaurus.startingWith(query, LIMIT)) {
                found.add(new Suggestion(
                        concept.getLabel().text(locale), "concept", concept.getId(), "/concepts/" + concept.getId()));
            }
        }
        return found.subList(0, Math.min(found.size(), LIMIT));
    }

    private void entries(String query, List<String> types, Locale locale, List<Suggestion> found) {
        Search.session(em)
                .search(SearchIndex.TYPES)
                .select(f -> f.composite()
                        .from(
                                f.field(EntryFields.TYPE, String.class),
                                f.field(EntryFields.SLUG, String.class),
                                f.field(EntryFields.TITLE_EN, String.class),
                                f.field(EntryFields.TITLE_FR, String.class),
                                f.field(EntryFields.TITLE_ES, String.class))
                        .asList())
                .where(f -> f.bool()
                        .must(f.match().field(EntryFields.PREFIXES).matching(query))
                        .filter(f.terms().field(EntryFields.TYPE).matchingAny(types)))
                .fetchHits(LIMIT)
                .forEach(row -> found.add(new Suggestion(
                        Multilingual.of((String) row.get(2), (String) row.get(3), (String) row.get(4))
                                .text(locale),
                        (String) row.get(0),
                        (String) row.get(1),
                        EntryType.pagePath((String) row.get(0), (String) row.get(1)))));
    }
}
