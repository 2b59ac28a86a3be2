package org.rt2kb.thesaurus;

import java.text.Collator;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rt2kb.shared.form.FormText;
import org.rt2kb.shared.form.StaleEditException;
import org.rt2kb.shared.history.ListChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Edits the thesaurus. Search expands queries from the thesaurus at query time, so an edit only refreshes the cached
 * labels; nothing is reindexed.
 */
@Service
@Transactional
public class ConceptEditing {

    private static final Logger log = LoggerFactory.getLogger(ConceptEditing.class);

    static final String LIST = "concepts";

    private final ConceptRepository concepts;
    private final Thesaurus thesaurus;
    private final ListChanges changes;

    ConceptEditing(ConceptRepository concepts, Thesaurus thesaurus, ListChanges changes) {
        this.concepts = concepts;
        this.thesaurus = thesaurus;
        this.changes = changes;
    }

    /** Every concept, archived ones too, by English label. */
    @Transactional(readOnly = true)
    public List<Concept> all() {
        return concepts.findAllWithBroader().stream()
                .sorted(Comparator.comparing(c -> c.getLabel().en(), Collator.getInstance(Locale.ENGLISH)))
                .toList();
    }

    @Transactional(readOnly = true)
    public ConceptForm form(String id) {
        return ConceptForm.of(concept(id));
    }

    @Transactional(readOnly = true)
    public boolean isArchived(String id) {
        return concept(id).isArchived();
    }

    /** Rejects a taken id on creation, unknown broader concepts, and a broader chain that leads back. */
    @Transactional(readOnly = true)
    public void check(boolean creating, ConceptForm form, Errors errors) {
        if (creating && form.id() != null && concepts.existsById(form.id())) {
            errors.rejectValue("id", "form.error.slug-taken");
        }
        FormText.checkWebAddresses("exactMatch", FormText.lines(form.exactMatch()), errors);
        List<String> broader = form.broaderIds();
        if (!broader.stream().allMatch(concepts::existsById)) {
            errors.rejectValue("broader", "form.error.unknown-choice");
        } else if (form.id() != null && leadsBackTo(form.id(), broader)) {
            errors.rejectValue("broader", "form.error.broader-cycle");
        }
    }

    public void create(ConceptForm form, String author) {
        Concept concept = concepts.save(new Concept(form.id(), form.pref(), Map.of(), null));
        apply(concept, form);
        changes.record(LIST, form.id(), "created", author, null, form);
        log.info("Concept {} created by {}", form.id(), author);
    }

    public void update(String id, ConceptForm form, String author) {
        Concept concept = concept(id);
        if (concept.getVersion() != form.version()) {
            throw new StaleEditException(id);
        }
        ConceptForm before = ConceptForm.of(concept);
        apply(concept, form);
        concepts.flush();
        changes.record(LIST, id, "edited", author, before, ConceptForm.of(concept));
        log.info("Concept {} edited by {}", id, author);
    }

    /** Retires a concept, or brings it back: entries keep their tags either way. */
    public void archive(String id, int version, boolean archived, String author) {
        Concept concept = concept(id);
        if (concept.getVersion() != version) {
            throw new StaleEditException(id);
        }
        ConceptForm form = ConceptForm.of(concept);
        concept.setArchived(archived);
        concepts.flush();
        refreshAfterCommit();
        changes.record(LIST, id, archived ? "archived" : "restored", author, form, form);
        log.info("Concept {} {} by {}", id, archived ? "archived" : "restored", author);
    }

    private void apply(Concept concept, ConceptForm form) {
        Set<Concept> broader = new LinkedHashSet<>(concepts.findAllById(form.broaderIds()));
        concept.revise(form.pref(), form.alt(), form.note(), broader);
        concept.matchExactly(FormText.lines(form.exactMatch()));
        refreshAfterCommit();
    }

    /** Searches reread the labels once the change is committed, not before. */
    private void refreshAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                thesaurus.refresh();
            }
        });
    }

    private boolean leadsBackTo(String id, List<String> broader) {
        Deque<String> pending = new ArrayDeque<>(broader);
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (next.equals(id)) {
                return true;
            }
            if (seen.add(next)) {
                concepts.findById(next).ifPresent(c -> c.getBroader().forEach(b -> pending.push(b.getId())));
            }
        }
        return false;
    }

    private Concept concept(String id) {
        return concepts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
