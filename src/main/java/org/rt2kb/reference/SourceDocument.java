package org.rt2kb.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** A document the catalogue is drawn from, such as the RT2 background paper. */
@Entity
@Table(name = "source_document")
public class SourceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

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

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual practicesCaveat;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> links = new ArrayList<>();

    protected SourceDocument() {}

    public SourceDocument(
            String slug,
            Multilingual title,
            int year,
            String forum,
            String roundtable,
            String penholder,
            List<String> coChairs,
            List<String> languages,
            String note,
            Multilingual practicesCaveat,
            List<String> links) {
        this.slug = slug;
        this.title = title;
        this.year = year;
        this.forum = forum;
        this.roundtable = roundtable;
        this.penholder = penholder;
        this.coChairs = new ArrayList<>(coChairs);
        this.languages = new ArrayList<>(languages);
        this.note = note;
        this.practicesCaveat = practicesCaveat;
        this.links = new ArrayList<>(links);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    /** The document's French title and its translations. */
    public Multilingual getTitle() {
        return title;
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
    public Multilingual getPracticesCaveat() {
        return practicesCaveat == null ? Multilingual.NONE : practicesCaveat;
    }

    public List<String> getLinks() {
        return List.copyOf(links);
    }
}
