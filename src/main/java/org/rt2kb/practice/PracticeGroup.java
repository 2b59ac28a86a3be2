package org.rt2kb.practice;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** One of the six thematic groups of the Annex A compendium. */
@Entity
public class PracticeGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private int position;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    protected PracticeGroup() {}

    public PracticeGroup(String slug, int position, Multilingual title) {
        this.slug = slug;
        this.position = position;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    /** The heading in each language, flagged where it is the project's translation. */
    public Multilingual getTitle() {
        return title;
    }
}
