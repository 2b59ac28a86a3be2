package org.rt2kb.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * concepts whose name starts with them.
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

    static final int LIMIT = 8;

    private final EntityManager em;
    private final Thesaurus thesaurus;
    private final ReferenceData reference;

    Suggestions(EntityManager em, Thesaurus thesaurus, ReferenceData reference) {
        this.em = em;
        this.thesaurus = thesaurus;
        this.reference = reference;
    }

    /** One suggestion: what to show, what kind of thing it is, and where it leads. */
    public record Suggestion(String label, String type, String url) {}

    public List<Suggestion> suggest(String typed, Locale locale) {
        String query = KnowledgeSearch.clean(typed);
        if (query.length() < 2) {
            return List.of();
        }
        List<Suggestion> found = new ArrayList<>();
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
                        .mustNot(f.match().field(EntryFields.TYPE).matching("annotation")))
                .fetchHits(LIMIT)
                .forEach(row -> found.add(new Suggestion(
                        Multilingual.of((String) row.get(2), (String) row.get(3), (String) row.get(4))
                                .text(locale),
                        (String) row.get(0),
                        EntryType.pagePath((String) row.get(0), (String) row.get(1)))));
        String start = Thesaurus.normalize(query);
        reference.countryPlaces().forEach((code, place) -> {
            if (place.name().texts().values().stream()
                    .anyMatch(name -> Thesaurus.normalize(name).startsWith(start))) {
                found.add(new Suggestion(place.name().text(locale), "country", "/countries/" + code));
            }
        });
        for (Concept concept : thesaurus.startingWith(query, LIMIT)) {
            found.add(new Suggestion(concept.getLabel().text(locale), "concept", "/concepts/" + concept.getId()));
        }
        return found.subList(0, Math.min(found.size(), LIMIT));
    }
}
