package org.rt2kb.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.annotation.EntryLink;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.LabelListsJson;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/**
 * A treaty, ILO standard, compact, guideline or UN report listed in Annexes B and C of the paper. {@code code} holds
 * the canonical ILO code (C029, R086) or the UN document symbol (A/HRC/53/26).
 */
@Entity
@DiscriminatorValue("instrument")
public class Instrument extends Entry {

    private String code;
    private String acronym;
    private String acronymFr;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    /** Other names people know the instrument by, by language: "Palermo Protocol", "Convention de Palerme". */
    @Convert(converter = LabelListsJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, List<String>> aliases = new HashMap<>();

    private Integer year;
    private InstrumentType type;
    private String body;
    private boolean binding;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Instrument parent;

    private Integer position;

    @Embedded
    private OfficialRecord officialRecord = OfficialRecord.NONE;

    @ManyToMany
    @JoinTable(
            name = "instrument_annex_group",
            joinColumns = @JoinColumn(name = "instrument_id"),
            inverseJoinColumns = @JoinColumn(name = "annex_group_id"))
    @OrderBy("position")
    private Set<AnnexGroup> annexGroups = new LinkedHashSet<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> links = new ArrayList<>();

    /** The links made to this instrument (themes citing it, practices applying it); read-only here. */
    @OneToMany(mappedBy = "to")
    private Set<EntryLink> incomingLinks = new LinkedHashSet<>();

    protected Instrument() {}

    public Instrument(
            String slug,
            SourceDocument source,
            Identity identity,
            InstrumentType type,
            String body,
            boolean binding,
            Instrument parent,
            Integer position,
            Set<AnnexGroup> annexGroups,
            List<String> links) {
        super(slug, source);
        revise(identity, type, body, binding, parent, annexGroups, links);
        this.position = position;
    }

    /** Replaces what the official record says (the secretariat's form, the seeds). */
    public void record(OfficialRecord officialRecord) {
        this.officialRecord = Objects.requireNonNull(officialRecord);
    }

    /** Replaces every editable field, as an editor's form does. */
    public void revise(
            Identity identity,
            InstrumentType type,
            String body,
            boolean binding,
            Instrument parent,
            Set<AnnexGroup> annexGroups,
            List<String> links) {
        this.code = identity.code();
        this.acronym = identity.acronym();
        this.acronymFr = identity.acronymFr();
        this.title = identity.title();
        this.aliases = new HashMap<>(identity.aliases());
        this.year = identity.year();
        this.type = type;
        this.body = body;
        this.binding = binding;
        this.parent = parent;
        this.annexGroups.retainAll(annexGroups);
        this.annexGroups.addAll(annexGroups);
        this.links = new ArrayList<>(links);
    }

    /**
     * How an instrument is named and dated: its code, acronyms, title in each language (official unless flagged) and
     * the other names it is known by in each language.
     */
    public record Identity(
            String code,
            String acronym,
            String acronymFr,
            Multilingual title,
            Map<String, List<String>> aliases,
            Integer year) {}

    @Override
    public EntryType getType() {
        return EntryType.INSTRUMENT;
    }

    public String getCode() {
        return code;
    }

    public String getAcronym() {
        return acronym;
    }

    /** The French acronym, or null when French uses the English one or none. */
    public String getAcronymFr() {
        return acronymFr;
    }

    @Override
    public Multilingual getTitle() {
        return title;
    }

    /** The other names the instrument is known by, by language; a language without any is absent. */
    public Map<String, List<String>> getAliases() {
        return Collections.unmodifiableMap(aliases);
    }

    public Integer getYear() {
        return year;
    }

    public InstrumentType getInstrumentType() {
        return type;
    }

    public String getBody() {
        return body;
    }

    public boolean isBinding() {
        return binding;
    }

    public Instrument getParent() {
        return parent;
    }

    public OfficialRecord getOfficialRecord() {
        return officialRecord;
    }

    public Integer getPosition() {
        return position;
    }

    public Set<AnnexGroup> getAnnexGroups() {
        return Collections.unmodifiableSet(annexGroups);
    }

    public List<String> getLinks() {
        return List.copyOf(links);
    }

    public Set<EntryLink> getIncomingLinks() {
        return Collections.unmodifiableSet(incomingLinks);
    }
}
