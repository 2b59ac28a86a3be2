package org.rt2kb.thesaurus;

import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Multilingual;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** What the concept pages show: the thesaurus as a tree, and one concept with its neighbours and its entries. */
@Service
@Transactional(readOnly = true)
public class ConceptPages {

    private final ConceptRepository concepts;
    private final EntityManager em;

    ConceptPages(ConceptRepository concepts, EntityManager em) {
        this.concepts = concepts;
        this.em = em;
    }

    /** A concept in a list: its id and label. */
    public record Item(String id, Multilingual label) {}

    /** An entry tagged with a concept. */
    public record Tagged(String type, String slug, Multilingual title) {

        public String href() {
            return EntryType.pagePath(type, slug);
        }
    }

    /** One concept's page. */
    public record Page(Concept concept, List<Item> broader, List<Item> narrower, List<Tagged> entries) {}

    /** The top concepts, each with the concepts right below it, sorted by label in the reader's language. */
    public Map<Item, List<Item>> tree(Locale locale) {
        List<Concept> all = concepts.findActiveWithBroader();
        Comparator<Item> byLabel =
                Comparator.comparing(item -> item.label().text(locale), Collator.getInstance(locale));
        Map<Item, List<Item>> tree = new java.util.TreeMap<>(byLabel);
        all.stream()
                .filter(c -> c.getBroader().isEmpty())
                .forEach(top -> tree.put(
                        item(top),
                        all.stream()
                                .filter(c -> c.getBroader().contains(top))
                                .map(ConceptPages::item)
                                .sorted(byLabel)
                                .toList()));
        return tree;
    }

    public Page page(String id, Locale locale) {
        Concept concept = concepts.findById(id)
                .filter(c -> !c.isArchived())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Comparator<Item> byLabel =
                Comparator.comparing(item -> item.label().text(locale), Collator.getInstance(locale));
        List<Item> narrower = concepts.findActiveWithBroader().stream()
                .filter(c -> c.getBroader().contains(concept))
                .map(ConceptPages::item)
                .sorted(byLabel)
                .toList();
        List<Tagged> entries = em.createQuery(
                        "select e from Entry e where :id member of e.conceptIds "
                                + "and e.status = :published order by type(e), e.slug",
                        Entry.class)
                .setParameter("id", id)
                .setParameter("published", EntryStatus.PUBLISHED)
                .getResultStream()
                .map(e -> new Tagged(e.getType().code(), e.getSlug(), Multilingual.of(e.getTitleEn(), e.getTitleFr())))
                .collect(Collectors.toList());
        return new Page(
                concept,
                concept.getBroader().stream()
                        .map(ConceptPages::item)
                        .sorted(byLabel)
                        .toList(),
                narrower,
                entries);
    }

    private static Item item(Concept concept) {
        return new Item(concept.getId(), concept.getLabel());
    }
}
