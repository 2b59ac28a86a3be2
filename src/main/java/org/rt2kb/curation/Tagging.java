package org.rt2kb.curation;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rt2kb.entry.Entry;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.shared.form.Choice;
import org.rt2kb.thesaurus.Concept;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The tags every entry's form shares: GCM objectives, SDG targets and thesaurus concepts. Lists the choices, checks
 * what a form sends against them, and writes the tags.
 */
@Component
public class Tagging {

    private final EntityManager em;
    private final ReferenceData reference;

    Tagging(EntityManager em, ReferenceData reference) {
        this.em = em;
        this.reference = reference;
    }

    /** The tags a form holds. */
    public record Tags(List<Integer> gcmObjectives, List<String> sdgTargets, List<String> concepts) {

        public static Tags of(Entry entry) {
            return new Tags(
                    entry.getGcmObjectives().stream()
                            .map(GcmObjective::getNumber)
                            .toList(),
                    entry.getSdgTargets().stream().map(SdgTarget::getCode).toList(),
                    entry.getConceptIds().stream().sorted().toList());
        }
    }

    public List<Choice> gcmObjectives() {
        return reference.gcmObjectiveTitles().entrySet().stream()
                .map(o -> new Choice(o.getKey(), o.getValue()))
                .toList();
    }

    public List<Choice> sdgTargets() {
        return reference.sdgTargetTitles().entrySet().stream()
                .map(t -> new Choice(t.getKey(), t.getValue()))
                .toList();
    }

    public List<Choice> concepts() {
        return em
                .createQuery("select c from Concept c where c.archived = false order by c.prefEn", Concept.class)
                .getResultList()
                .stream()
                .map(c -> new Choice(c.getId(), c.getLabel()))
                .toList();
    }

    /** Rejects tags that name no objective, target or concept. */
    public void check(List<Integer> gcm, List<String> sdg, List<String> concepts, Errors errors) {
        checkReference(
                gcm,
                sdg,
                reference.gcmObjectiveTitles().keySet(),
                reference.sdgTargetTitles().keySet(),
                errors);
        if (concepts != null && !concepts.isEmpty()) {
            long known = em.createQuery(
                            "select count(c) from Concept c where c.id in :ids and c.archived = false", Long.class)
                    .setParameter("ids", Set.copyOf(concepts))
                    .getSingleResult();
            if (known != Set.copyOf(concepts).size()) {
                errors.rejectValue("concepts", "form.error.unknown-choice");
            }
        }
    }

    /** A check of a form's tags; see {@link #check}. */
    @FunctionalInterface
    public interface Check {
        void check(List<Integer> gcm, List<String> sdg, List<String> concepts, Errors errors);
    }

    /** The same check as {@link #check}, with the concepts read once: for many forms in a row. */
    public Check checker() {
        Set<String> known = Set.copyOf(
                em.createQuery("select c.id from Concept c", String.class).getResultList());
        Set<String> objectives = Set.copyOf(reference.gcmObjectiveTitles().keySet());
        Set<String> targets = Set.copyOf(reference.sdgTargetTitles().keySet());
        return (gcm, sdg, concepts, errors) -> {
            checkReference(gcm, sdg, objectives, targets, errors);
            if (concepts != null && !known.containsAll(concepts)) {
                errors.rejectValue("concepts", "form.error.unknown-choice");
            }
        };
    }

    private static void checkReference(
            List<Integer> gcm, List<String> sdg, Set<String> objectives, Set<String> targets, Errors errors) {
        if (gcm != null && !gcm.stream().allMatch(n -> objectives.contains(String.valueOf(n)))) {
            errors.rejectValue("gcmObjectives", "form.error.unknown-choice");
        }
        if (sdg != null && !targets.containsAll(sdg)) {
            errors.rejectValue("sdgTargets", "form.error.unknown-choice");
        }
    }

    public void tag(Entry entry, List<Integer> gcm, List<String> sdg, List<String> concepts) {
        entry.tag(
                orEmpty(gcm).stream()
                        .map(n -> em.find(GcmObjective.class, n))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                orEmpty(sdg).stream()
                        .map(c -> em.find(SdgTarget.class, c))
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        entry.tagConcepts(new LinkedHashSet<>(orEmpty(concepts)));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
