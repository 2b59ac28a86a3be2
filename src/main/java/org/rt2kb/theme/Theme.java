package org.rt2kb.theme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/**
 * A section of the RT2 paper: one of the seven RT2 themes or a sub-theme, a cross-cutting priority, or another
 * readable part (introduction, the list of gaps, the guiding questions). Holds the paper's French text with its notes
 * and a summary written by the project, each with its translations.
 */
@Entity
@DiscriminatorValue("theme")
public class Theme extends Entry {

    private String section;
    private ThemeKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Theme parent;

    private int position;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual text;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual summary;

    @ElementCollection
    @CollectionTable(name = "theme_note", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("number")
    private List<ThemeNote> notes = new ArrayList<>();

    protected Theme() {}

    public Theme(
            String slug,
            SourceDocument source,
            String section,
            ThemeKind kind,
            Theme parent,
            int position,
            Multilingual title,
            Multilingual text,
            Multilingual summary,
            List<ThemeNote> notes) {
        super(slug, source);
        this.section = section;
        this.kind = kind;
        this.parent = parent;
        this.position = position;
        this.title = title;
        this.text = text;
        this.summary = summary;
        this.notes = new ArrayList<>(notes);
    }

    /** Replaces what an editor can change; the paper's numbered notes stay as imported. */
    public void revise(
            String section,
            ThemeKind kind,
            Theme parent,
            int position,
            Multilingual title,
            Multilingual text,
            Multilingual summary) {
        this.section = section;
        this.kind = kind;
        this.parent = parent;
        this.position = position;
        this.title = title;
        this.text = text;
        this.summary = summary;
    }

    @Override
    public EntryType getType() {
        return EntryType.THEME;
    }

    public String getSection() {
        return section;
    }

    public ThemeKind getKind() {
        return kind;
    }

    public Theme getParent() {
        return parent;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public Multilingual getTitle() {
        return title;
    }

    /** The paper's French text and its translations. */
    public Multilingual getText() {
        return text;
    }

    /** The project's summary: English first, with its translations. */
    public Multilingual getSummary() {
        return summary;
    }

    public List<ThemeNote> getNotes() {
        return List.copyOf(notes);
    }
}
