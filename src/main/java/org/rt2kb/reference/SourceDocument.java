package org.rt2kb.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document the catalogue is drawn from, such as the RT2 background paper. */
@Entity
@Table(name = "source_document")
public class SourceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String titleFr;
    private String titleEn;
    private boolean enUnofficial;
    private int year;
    private String forum;
    private String roundtable;
    private String penholder;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> coChairs = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> languages = new ArrayList<>();

    private String note;
    private String practicesCaveatEn;
    private String practicesCaveatFr;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> links = new ArrayList<>();

    protected SourceDocument() {}

    public SourceDocument(
            String slug,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            int year,
            String forum,
            String roundtable,
            String penholder,
            List<String> coChairs,
            List<String> languages,
            String note,
            String practicesCaveatEn,
            String practicesCaveatFr,
            List<String> links) {
        this.slug = slug;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.enUnofficial = enUnofficial;
        this.year = year;
        this.forum = forum;
        this.roundtable = roundtable;
        this.penholder = penholder;
        this.coChairs = new ArrayList<>(coChairs);
        this.languages = new ArrayList<>(languages);
        this.note = note;
        this.practicesCaveatEn = practicesCaveatEn;
        this.practicesCaveatFr = practicesCaveatFr;
        this.links = new ArrayList<>(links);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public boolean isEnUnofficial() {
        return enUnofficial;
    }

    public int getYear() {
        return year;
    }

    public String getForum() {
        return forum;
    }

    public String getRoundtable() {
        return roundtable;
    }

    public String getPenholder() {
        return penholder;
    }

    public List<String> getCoChairs() {
        return List.copyOf(coChairs);
    }

    public List<String> getLanguages() {
        return List.copyOf(languages);
    }

    public String getNote() {
        return note;
    }

    /** The paper's warning that its practices were shared by members and not independently verified. */
    public String getPracticesCaveatEn() {
        return practicesCaveatEn;
    }

    public String getPracticesCaveatFr() {
        return practicesCaveatFr;
    }

    public List<String> getLinks() {
        return List.copyOf(links);
    }
}
