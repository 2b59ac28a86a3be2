package org.rt2kb.transfer.seed;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rt2kb.entry.Entry;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.thesaurus.Concept;
import org.rt2kb.thesaurus.Thesaurus;
import org.rt2kb.transfer.seed.SeedFiles.ConceptSeed;
import org.rt2kb.transfer.seed.SeedFiles.ConceptTagSeed;
import org.rt2kb.transfer.seed.SeedReader.ThesaurusSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty thesaurus from {@code thesaurus.json} and tags entries from {@code concept-tags.json}, in one
 * transaction, after checking both files: ids, labels, broader concepts that exist and form no cycle, and tags naming
 * existing entries and concepts. A thesaurus that already holds concepts is left as it is.
 */
@Service
public class ThesaurusImporter {

    private static final Logger log = LoggerFactory.getLogger(ThesaurusImporter.class);
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final SeedReader reader;
    private final EntityManager em;
    private final Thesaurus thesaurus;

    ThesaurusImporter(SeedReader reader, EntityManager em, Thesaurus thesaurus) {
        this.reader = reader;
        this.em = em;
        this.thesaurus = thesaurus;
    }

    /** Imports the thesaurus at {@code location} when there is none yet; returns how many concepts it imported. */
    @Transactional
    public int importIfEmpty(String location) {
        long existing =
                em.createQuery("select count(c) from Concept c", Long.class).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        ThesaurusSeeds seeds = reader.readThesaurus(location);
        Map<String, Entry> entries = entries();
        validate(seeds, entries);
        Map<String, Concept> concepts = new HashMap<>();
        for (ConceptSeed seed : seeds.thesaurus().concepts()) {
            Concept concept = new Concept(
                    seed.id(),
                    Multilingual.of(seed.prefEn(), seed.prefFr(), seed.prefEs()),
                    seed.alt(),
                    Multilingual.of(seed.noteEn(), seed.noteFr(), seed.noteEs()));
            concept.matchExactly(list(seed.exactMatch()));
            em.persist(concept);
            concepts.put(seed.id(), concept);
        }
        for (ConceptSeed seed : seeds.thesaurus().concepts()) {
            Set<Concept> broader = new LinkedHashSet<>();
            list(seed.broader()).forEach(id -> broader.add(concepts.get(id)));
            concepts.get(seed.id()).setBroader(broader);
        }
        for (ConceptTagSeed tag : seeds.tags().tags()) {
            entries.get(tag.entry()).tagConcepts(new LinkedHashSet<>(tag.concepts()));
        }
        thesaurus.refresh();
        log.info(
                "Thesaurus imported: {} concepts, {} entries tagged",
                concepts.size(),
                seeds.tags().tags().size());
        return concepts.size();
    }

    private Map<String, Entry> entries() {
        Map<String, Entry> entries = new HashMap<>();
        em.createQuery("select e from Entry e", Entry.class)
                .getResultList()
                .forEach(e -> entries.put(e.getType().code() + ":" + e.getSlug(), e));
        return entries;
    }

    private static void validate(ThesaurusSeeds seeds, Map<String, Entry> entries) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> broader = new HashMap<>();
        for (ConceptSeed c : list(seeds.thesaurus().concepts())) {
            String where = ThesaurusSeeds.THESAURUS + ": concept " + c.id();
            if (c.id() == null || !ID.matcher(c.id()).matches()) {
                problems.add(where + ": id must be lower-case words joined by hyphens");
            } else if (broader.put(c.id(), list(c.broader())) != null) {
                problems.add(where + ": id is used twice");
            }
            if (blank(c.prefEn()) || blank(c.prefFr())) {
                problems.add(where + ": prefEn and prefFr are required");
            }
        }
        broader.forEach((id, parents) -> parents.stream()
                .filter(p -> !broader.containsKey(p))
                .forEach(p -> problems.add(
                        ThesaurusSeeds.THESAURUS + ": concept " + id + ": broader '" + p + "' is not a concept")));
        broader.keySet().stream()
                .filter(id -> inCycle(id, broader))
                .forEach(id -> problems.add(
                        ThesaurusSeeds.THESAURUS + ": concept " + id + ": its broader concepts lead back to it"));
        for (ConceptTagSeed tag : list(seeds.tags().tags())) {
            String where = ThesaurusSeeds.TAGS + ": " + tag.entry();
            if (!entries.containsKey(tag.entry())) {
                problems.add(where + ": no such entry");
            }
            list(tag.concepts()).stream()
                    .filter(id -> !broader.containsKey(id))
                    .forEach(id -> problems.add(where + ": '" + id + "' is not a concept"));
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
    }

    private static boolean inCycle(String start, Map<String, List<String>> broader) {
        List<String> next = new ArrayList<>(broader.getOrDefault(start, List.of()));
        Set<String> seen = new HashSet<>();
        while (!next.isEmpty()) {
            String id = next.remove(next.size() - 1);
            if (id.equals(start)) {
                return true;
            }
            if (seen.add(id)) {
                next.addAll(broader.getOrDefault(id, List.of()));
            }
        }
        return false;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
