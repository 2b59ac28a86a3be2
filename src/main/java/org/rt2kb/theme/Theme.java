package org.rt2kb.theme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryType;
import org.rt2kb.reference.SourceDocument;

/**
 * A section of the RT2 paper: one of the seven RT2 themes or a sub-theme, a cross-cutting priority, or another
 * readable part (introduction, the list of gaps, the guiding questions). Holds the paper's French text with its notes
 * and an English summary written by the project.
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
    private String titleFr;
    private String titleEn;
    private boolean enUnofficial;
    private String textFr;
    private String summaryEn;

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
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            String textFr,
            String summaryEn,
            List<ThemeNote> notes) {
        super(slug, source);
        this.section = section;
        this.kind = kind;
        this.parent = parent;
        this.position = position;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.enUnofficial = enUnofficial;
        this.textFr = textFr;
        this.summaryEn = summaryEn;
        this.notes = new ArrayList<>(notes);
    }

    /** Replaces what an editor can change; the paper's numbered notes stay as imported. */
    public void revise(
            String section,
            ThemeKind kind,
            Theme parent,
            int position,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            String textFr,
            String summaryEn) {
        this.section = section;
        this.kind = kind;
        this.parent = parent;
        this.position = position;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.enUnofficial = enUnofficial;
        this.textFr = textFr;
        this.summaryEn = summaryEn;
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
    public String getTitleFr() {
        return titleFr;
    }

    @Override
    public String getTitleEn() {
        return titleEn;
    }

    public boolean isEnUnofficial() {
        return enUnofficial;
    }

    public String getTextFr() {
        return textFr;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public List<ThemeNote> getNotes() {
        return List.copyOf(notes);
    }
}
