package org.rt2kb.thesaurus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;

/**
 * A concept of the field, SKOS-like: a preferred label in English and in French, alternative labels (synonyms,
 * acronyms, spelling variants) and broader concepts. Entries are tagged with concepts, and a query naming a concept in
 * one language also searches its labels in the other.
 */
@Entity
public class Concept {

    @Id
    private String id;

    private String prefEn;
    private String prefFr;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> altEn = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> altFr = new ArrayList<>();

    private String noteEn;
    private String noteFr;

    /** The URIs of the same concept in other vocabularies (UNBIS, EuroVoc), named only when the match is sure. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> exactMatch = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "concept_broader",
            joinColumns = @JoinColumn(name = "concept_id"),
            inverseJoinColumns = @JoinColumn(name = "broader_id"))
    private Set<Concept> broader = new LinkedHashSet<>();

    @Version
    private int version;

    /** A retired concept: entries keep it, but searches, suggestions and public pages no longer use it. */
    private boolean archived;

    protected Concept() {}

    public Concept(String id, Multilingual pref, List<String> altEn, List<String> altFr, Multilingual note) {
        this.id = id;
        this.prefEn = pref.en();
        this.prefFr = pref.fr();
        this.altEn = new ArrayList<>(altEn);
        this.altFr = new ArrayList<>(altFr);
        this.noteEn = note == null ? null : note.en();
        this.noteFr = note == null ? null : note.fr();
    }

    /** Replaces the labels, note and broader concepts, as the editor's form does. */
    public void revise(
            Multilingual pref, List<String> altEn, List<String> altFr, Multilingual note, Set<Concept> broader) {
        this.prefEn = pref.en();
        this.prefFr = pref.fr();
        this.altEn = new ArrayList<>(altEn);
        this.altFr = new ArrayList<>(altFr);
        this.noteEn = note.en();
        this.noteFr = note.fr();
        this.broader.retainAll(broader);
        this.broader.addAll(broader);
    }

    public void matchExactly(List<String> uris) {
        this.exactMatch = new ArrayList<>(uris);
    }

    public List<String> getExactMatch() {
        return List.copyOf(exactMatch);
    }

    public int getVersion() {
        return version;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public void setBroader(Set<Concept> concepts) {
        broader = new LinkedHashSet<>(concepts);
    }

    public String getId() {
        return id;
    }

    public Multilingual getLabel() {
        return Multilingual.of(prefEn, prefFr);
    }

    public Multilingual getNote() {
        return noteEn == null && noteFr == null ? null : Multilingual.of(noteEn, noteFr);
    }

    public List<String> getAltEn() {
        return List.copyOf(altEn);
    }

    public List<String> getAltFr() {
        return List.copyOf(altFr);
    }

    /** Every English label, the preferred one first. */
    public List<String> englishLabels() {
        return Stream.concat(Stream.of(prefEn), altEn.stream()).toList();
    }

    /** Every French label, the preferred one first. */
    public List<String> frenchLabels() {
        return Stream.concat(Stream.of(prefFr), altFr.stream()).toList();
    }

    public Set<Concept> getBroader() {
        return Collections.unmodifiableSet(broader);
    }
}
