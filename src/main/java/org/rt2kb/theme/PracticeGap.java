package org.rt2kb.theme;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.util.LinkedHashSet;
import java.util.Set;

/** An area where Section 4 of the paper says examples of promising practices are still missing. */
@Entity
public class PracticeGap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private Theme section;

    private String slug;
    private int position;
    private String titleFr;
    private String titleEn;
    private boolean enUnofficial;

    @ManyToMany
    @JoinTable(
            name = "practice_gap_theme",
            joinColumns = @JoinColumn(name = "gap_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("position")
    private Set<Theme> themes = new LinkedHashSet<>();

    protected PracticeGap() {}

    public PracticeGap(
            Theme section,
            String slug,
            int position,
            String titleFr,
            String titleEn,
            boolean enUnofficial,
            Set<Theme> themes) {
        this.section = section;
        this.slug = slug;
        this.position = position;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.enUnofficial = enUnofficial;
        this.themes = new LinkedHashSet<>(themes);
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
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

    public Set<Theme> getThemes() {
        return java.util.Collections.unmodifiableSet(themes);
    }
}
