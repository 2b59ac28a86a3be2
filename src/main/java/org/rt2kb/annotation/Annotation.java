package org.rt2kb.annotation;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.entry.Entry;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** A note attached to an entry by the secretariat: context, a status update, a cross-reference or a curator note. */
@Entity
public class Annotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    private AnnotationKind kind;
    private Visibility visibility;
    private String author;
    private LocalDate createdOn;
    private LocalDate updatedOn;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual text;

    @Version
    private int version;

    protected Annotation() {}

    public Annotation(
            Entry entry,
            AnnotationKind kind,
            Visibility visibility,
            String author,
            LocalDate createdOn,
            Multilingual text) {
        this.entry = entry;
        this.kind = kind;
        this.visibility = visibility;
        this.author = author;
        this.createdOn = createdOn;
        this.text = text;
    }

    /** Replaces what an editor can change; the author and creation date stay. */
    public void revise(AnnotationKind kind, Visibility visibility, Multilingual text, LocalDate updatedOn) {
        this.kind = kind;
        this.visibility = visibility;
        this.text = text;
        this.updatedOn = updatedOn;
    }

    public int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Entry getEntry() {
        return entry;
    }

    public AnnotationKind getKind() {
        return kind;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getAuthor() {
        return author;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    /** The note in each language it is written in, flagged where it is a translation. */
    public Multilingual getText() {
        return text;
    }
}
