package org.rt2kb.theme;

import jakarta.persistence.Convert;
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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

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

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    @ManyToMany
    @JoinTable(
            name = "practice_gap_theme",
            joinColumns = @JoinColumn(name = "gap_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("position")
    private Set<Theme> themes = new LinkedHashSet<>();

    protected PracticeGap() {}

    public PracticeGap(Theme section, String slug, int position, Multilingual title, Set<Theme> themes) {
        this.section = section;
        this.slug = slug;
        this.position = position;
        this.title = title;
        this.themes = new LinkedHashSet<>(themes);
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    /** The paper's French title and its translations. */
    public Multilingual getTitle() {
        return title;
    }

    public Set<Theme> getThemes() {
        return Collections.unmodifiableSet(themes);
    }
}
