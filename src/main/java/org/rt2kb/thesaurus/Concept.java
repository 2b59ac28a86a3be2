package org.rt2kb.thesaurus;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.LabelListsJson;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/**
 * A concept of the field, SKOS-like: a preferred label in each language (English and French at least), alternative
 * labels (synonyms, acronyms, spelling variants) and broader concepts. Entries are tagged with concepts, and a query
 * naming a concept in one language also searches its labels in the others.
 */
@Entity
public class Concept {

    @Id
    private String id;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual pref;

    /** Alternative labels by language. */
    @Convert(converter = LabelListsJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, List<String>> alt = Map.of();

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual note;

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

    public Concept(String id, Multilingual pref, Map<String, List<String>> alt, Multilingual note) {
        this.id = id;
        this.pref = pref;
        this.alt = Map.copyOf(alt);
        this.note = note;
    }

    /** Replaces the labels, note and broader concepts, as the editor's form does. */
    public void revise(Multilingual pref, Map<String, List<String>> alt, Multilingual note, Set<Concept> broader) {
        this.pref = pref;
        this.alt = Map.copyOf(alt);
        this.note = note;
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
        return pref;
    }

    /** The scope note, or null when there is none in any language. */
    public Multilingual getNote() {
        return note == null || note.texts().isEmpty() ? null : note;
    }

    /** The alternative labels in {@code language}. */
    public List<String> alt(String language) {
        return alt.getOrDefault(language, List.of());
    }

    /** Every label in {@code language}, the preferred one first. */
    public List<String> labels(String language) {
        String preferred = pref.get(language);
        return preferred == null
                ? alt(language)
                : Stream.concat(Stream.of(preferred), alt(language).stream()).toList();
    }

    public Set<Concept> getBroader() {
        return Collections.unmodifiableSet(broader);
    }
}
