package org.rt2kb.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.annotation.EntryLink;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/**
 * A practice shared by members of the roundtable (Annex A of the paper): what was done, where, by whom and when. The
 * English description is the paper's; the French one is the project's translation.
 */
@Entity
@DiscriminatorValue("practice")
public class Practice extends Entry {

    private Integer number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private PracticeGroup group;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual description;

    /** ISO 3166-1 alpha-2 codes, in the order the practice names them. */
    @ElementCollection
    @CollectionTable(name = "practice_country", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "country_code")
    @OrderColumn(name = "position")
    private List<String> countryCodes = new ArrayList<>();

    private String actor;
    private String regionCode;
    private PracticeScope scope;
    private ActorType actorType;
    private Integer startYear;
    private Integer endYear;
    private LocalDate startDate;
    private LocalDate endDate;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual statusNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> links = new ArrayList<>();

    private String provenanceAnnex;
    private String provenancePageGroup;

    /** The links this practice makes (to the themes it illustrates, the instruments it applies); read-only here. */
    @OneToMany(mappedBy = "from")
    private Set<EntryLink> outgoingLinks = new LinkedHashSet<>();

    /** The links made to this practice (an instrument related to it); read-only here. */
    @OneToMany(mappedBy = "to")
    private Set<EntryLink> incomingLinks = new LinkedHashSet<>();

    protected Practice() {}

    public Practice(
            String slug,
            SourceDocument source,
            Integer number,
            PracticeGroup group,
            Texts texts,
            List<String> countryCodes,
            Actor actor,
            Period period,
            Multilingual statusNote,
            List<String> links,
            String provenanceAnnex,
            String provenancePageGroup) {
        super(slug, source);
        revise(number, group, texts, countryCodes, actor, period, statusNote, links);
        this.provenanceAnnex = provenanceAnnex;
        this.provenancePageGroup = provenancePageGroup;
    }

    /** Replaces every editable field, as an editor's form does. */
    public void revise(
            Integer number,
            PracticeGroup group,
            Texts texts,
            List<String> countryCodes,
            Actor actor,
            Period period,
            Multilingual statusNote,
            List<String> links) {
        this.number = number;
        this.group = group;
        this.title = texts.title();
        this.description = texts.description();
        if (!this.countryCodes.equals(countryCodes)) {
            // Changed in place: Hibernate then rewrites the rows instead of replacing the collection.
            this.countryCodes.clear();
            this.countryCodes.addAll(countryCodes);
        }
        this.actor = actor.name();
        this.regionCode = actor.regionCode();
        this.scope = actor.scope();
        this.actorType = actor.type();
        this.startYear = period.startYear();
        this.endYear = period.endYear();
        this.startDate = period.startDate();
        this.endDate = period.endDate();
        this.statusNote = statusNote;
        this.links = new ArrayList<>(links);
    }

    /** The title and description in each language, flagged where they are the project's own translations. */
    public record Texts(Multilingual title, Multilingual description) {}

    /** Who implements the practice, at what reach. {@code name} is set for regional and global actors. */
    public record Actor(String name, String regionCode, PracticeScope scope, ActorType type) {}

    /** When the practice runs; exact dates only where the paper gives them. */
    public record Period(Integer startYear, Integer endYear, LocalDate startDate, LocalDate endDate) {}

    @Override
    public EntryType getType() {
        return EntryType.PRACTICE;
    }

    public Integer getNumber() {
        return number;
    }

    public PracticeGroup getGroup() {
        return group;
    }

    @Override
    public Multilingual getTitle() {
        return title;
    }

    public Multilingual getDescription() {
        return description;
    }

    public List<String> getCountryCodes() {
        return List.copyOf(countryCodes);
    }

    public Actor getActor() {
        return new Actor(actor, regionCode, scope, actorType);
    }

    public Period getPeriod() {
        return new Period(startYear, endYear, startDate, endDate);
    }

    /** A note on the practice's current state, in each language it is written in; empty when there is none. */
    public Multilingual getStatusNote() {
        return statusNote == null ? Multilingual.NONE : statusNote;
    }

    public List<String> getLinks() {
        return List.copyOf(links);
    }

    public String getProvenanceAnnex() {
        return provenanceAnnex;
    }

    public String getProvenancePageGroup() {
        return provenancePageGroup;
    }

    public Set<EntryLink> getOutgoingLinks() {
        return Collections.unmodifiableSet(outgoingLinks);
    }

    public Set<EntryLink> getIncomingLinks() {
        return Collections.unmodifiableSet(incomingLinks);
    }
}
