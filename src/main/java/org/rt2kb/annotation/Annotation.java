package org.rt2kb.annotation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.rt2kb.entry.Entry;

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
    private String textEn;
    private String textFr;
    private boolean frUnofficial;

    @Version
    private int version;

    protected Annotation() {}

    public Annotation(
            Entry entry,
            AnnotationKind kind,
            Visibility visibility,
            String author,
            LocalDate createdOn,
            String textEn,
            String textFr,
            boolean frUnofficial) {
        this.entry = entry;
        this.kind = kind;
        this.visibility = visibility;
        this.author = author;
        this.createdOn = createdOn;
        this.textEn = textEn;
        this.textFr = textFr;
        this.frUnofficial = frUnofficial;
    }

    /** Replaces what an editor can change; the author and creation date stay. */
    public void revise(
            AnnotationKind kind,
            Visibility visibility,
            String textEn,
            String textFr,
            boolean frUnofficial,
            LocalDate updatedOn) {
        this.kind = kind;
        this.visibility = visibility;
        this.textEn = textEn;
        this.textFr = textFr;
        this.frUnofficial = frUnofficial;
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

    public String getTextEn() {
        return textEn;
    }

    public String getTextFr() {
        return textFr;
    }

    public boolean isFrUnofficial() {
        return frUnofficial;
    }
}
