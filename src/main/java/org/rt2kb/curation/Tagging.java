package org.rt2kb.curation;

import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.rt2kb.entry.Entry;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.GcmPrinciple;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.shared.form.Choice;
import org.rt2kb.thesaurus.Concept;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The tags every entry's form shares: GCM objectives and guiding principles, SDG targets and thesaurus concepts. Lists
 * the choices, checks what a form sends against them, and writes the tags.
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
    public record Tags(
            List<Integer> gcmObjectives, List<String> gcmPrinciples, List<String> sdgTargets, List<String> concepts) {

        public static Tags of(Entry entry) {
            return new Tags(
                    entry.getGcmObjectives().stream()
                            .map(GcmObjective::getNumber)
                            .toList(),
                    entry.getGcmPrinciples().stream().map(GcmPrinciple::getSlug).toList(),
                    entry.getSdgTargets().stream().map(SdgTarget::getCode).toList(),
                    entry.getConceptIds().stream().sorted().toList());
        }
    }

    public List<Choice> gcmObjectives() {
        return reference.gcmObjectiveTitles().entrySet().stream()
                .map(o -> new Choice(o.getKey(), o.getValue()))
                .toList();
    }

    public List<Choice> gcmPrinciples() {
        return reference.gcmPrincipleTitles().entrySet().stream()
                .map(p -> new Choice(p.getKey(), p.getValue()))
                .toList();
    }

    public List<Choice> sdgTargets() {
        return reference.sdgTargetTitles().entrySet().stream()
                .map(t -> new Choice(t.getKey(), t.getValue()))
                .toList();
    }

    public List<Choice> concepts() {
        return em
                .createQuery("select c from Concept c where c.archived = false", Concept.class)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(c -> c.getLabel().en(), Collator.getInstance(Locale.ENGLISH)))
                .map(c -> new Choice(c.getId(), c.getLabel()))
                .toList();
    }

    /** Rejects tags that name no objective, principle, target or concept. */
    public void check(
            List<Integer> gcm, List<String> principles, List<String> sdg, List<String> concepts, Errors errors) {
        checkReference(gcm, principles, sdg, new Known(reference), errors);
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
        void check(List<Integer> gcm, List<String> principles, List<String> sdg, List<String> concepts, Errors errors);
    }

    /** The values of the reference lists a form's tags may name. */
    private record Known(Set<String> objectives, Set<String> principles, Set<String> targets) {

        Known(ReferenceData reference) {
            this(
                    Set.copyOf(reference.gcmObjectiveTitles().keySet()),
                    Set.copyOf(reference.gcmPrincipleTitles().keySet()),
                    Set.copyOf(reference.sdgTargetTitles().keySet()));
        }
    }

    /** The same check as {@link #check}, with the concepts read once: for many forms in a row. */
    public Check checker() {
        Set<String> known = Set.copyOf(
                em.createQuery("select c.id from Concept c", String.class).getResultList());
        Known lists = new Known(reference);
        return (gcm, principles, sdg, concepts, errors) -> {
            checkReference(gcm, principles, sdg, lists, errors);
            if (concepts != null && !known.containsAll(concepts)) {
                errors.rejectValue("concepts", "form.error.unknown-choice");
            }
        };
    }

    private static void checkReference(
            List<Integer> gcm, List<String> principles, List<String> sdg, Known known, Errors errors) {
        if (gcm != null && !gcm.stream().allMatch(n -> known.objectives().contains(String.valueOf(n)))) {
            errors.rejectValue("gcmObjectives", "form.error.unknown-choice");
        }
        if (principles != null && !known.principles().containsAll(principles)) {
            errors.rejectValue("gcmPrinciples", "form.error.unknown-choice");
        }
        if (sdg != null && !known.targets().containsAll(sdg)) {
            errors.rejectValue("sdgTargets", "form.error.unknown-choice");
        }
    }

    public void tag(Entry entry, List<Integer> gcm, List<String> principles, List<String> sdg, List<String> concepts) {
        entry.tag(
                orEmpty(gcm).stream()
                        .map(n -> em.find(GcmObjective.class, n))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                orEmpty(sdg).stream()
                        .map(c -> em.find(SdgTarget.class, c))
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        entry.tagPrinciples(orEmpty(principles).stream()
                .map(slug -> em.find(GcmPrinciple.class, slug))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        entry.tagConcepts(new LinkedHashSet<>(orEmpty(concepts)));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
