package org.rt2kb.entry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.GcmPrinciple;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.Multilingual;

/**
 * What every catalogue entry has: a type and a slug that together make its public address, an editorial status, the
 * document it comes from, and its tags to GCM objectives and SDG targets. Links and annotations point at entries, so a
 * theme, a practice and an instrument can be linked to one another with real foreign keys.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "entry_type")
public abstract class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    private EntryStatus status = EntryStatus.PUBLISHED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private SourceDocument source;

    @Version
    private int version;

    private Instant createdAt;
    private Instant updatedAt;

    private LocalDate lastVerifiedOn;
    private String lastVerifiedBy;

    @ManyToMany
    @JoinTable(
            name = "entry_gcm_objective",
            joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "objective_number"))
    @OrderBy("number")
    private Set<GcmObjective> gcmObjectives = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "entry_gcm_principle",
            joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "principle_slug"))
    @OrderBy("position")
    private Set<GcmPrinciple> gcmPrinciples = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "entry_sdg_target",
            joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "target_code"))
    @OrderBy("code")
    private Set<SdgTarget> sdgTargets = new LinkedHashSet<>();

    /** Ids of the thesaurus concepts the entry is about. */
    @ElementCollection
    @CollectionTable(name = "entry_concept", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "concept_id")
    private Set<String> conceptIds = new LinkedHashSet<>();

    protected Entry() {}

    protected Entry(String slug, SourceDocument source) {
        this.slug = slug;
        this.source = source;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public abstract EntryType getType();

    /** The entry's title in each language it is written in; English always. */
    public abstract Multilingual getTitle();

    /** The entry's English title. */
    public String getTitleEn() {
        return getTitle().en();
    }

    /** The entry's French title, or null when it has none. */
    public String getTitleFr() {
        return getTitle().fr();
    }

    public boolean isPublished() {
        return status == EntryStatus.PUBLISHED;
    }

    /** Moves the entry along the editorial workflow; {@link EntryStatus#canMoveTo} says which moves are allowed. */
    public void moveTo(EntryStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("An entry cannot move from " + status + " to " + next);
        }
        status = next;
    }

    /**
     * Puts a published entry in review because its fields were changed outside its form (by an import), so the
     * change is seen before it is public again. Editors' buttons do not offer this move: they return a published
     * entry to draft.
     */
    public void sendBackToReview() {
        if (status != EntryStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published entry goes back to review, not a " + status + " one");
        }
        status = EntryStatus.IN_REVIEW;
    }

    /** Records that someone checked the entry against its sources on that day. */
    public void verified(String verifier, LocalDate on) {
        lastVerifiedBy = verifier;
        lastVerifiedOn = on;
    }

    public void tag(Set<GcmObjective> objectives, Set<SdgTarget> targets) {
        gcmObjectives.retainAll(objectives);
        gcmObjectives.addAll(objectives);
        sdgTargets.retainAll(targets);
        sdgTargets.addAll(targets);
    }

    /** The GCM's guiding principles the entry embodies: the project's reading, not the paper's. */
    public void tagPrinciples(Set<GcmPrinciple> principles) {
        gcmPrinciples.retainAll(principles);
        gcmPrinciples.addAll(principles);
    }

    public void tagConcepts(Set<String> concepts) {
        conceptIds.retainAll(concepts);
        conceptIds.addAll(concepts);
    }

    public Set<String> getConceptIds() {
        return Collections.unmodifiableSet(conceptIds);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public SourceDocument getSource() {
        return source;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public LocalDate getLastVerifiedOn() {
        return lastVerifiedOn;
    }

    public String getLastVerifiedBy() {
        return lastVerifiedBy;
    }

    public Set<GcmObjective> getGcmObjectives() {
        return Collections.unmodifiableSet(gcmObjectives);
    }

    public Set<GcmPrinciple> getGcmPrinciples() {
        return Collections.unmodifiableSet(gcmPrinciples);
    }

    public Set<SdgTarget> getSdgTargets() {
        return Collections.unmodifiableSet(sdgTargets);
    }
}
