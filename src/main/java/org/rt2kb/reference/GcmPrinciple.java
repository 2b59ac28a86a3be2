package org.rt2kb.reference;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** One of the ten guiding principles of the Global Compact for Migration. */
@Entity
public class GcmPrinciple {

    @Id
    private String slug;

    private int position;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    protected GcmPrinciple() {}

    public GcmPrinciple(String slug, int position, Multilingual title) {
        this.slug = slug;
        this.position = position;
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    /** The title in each language it is written in. */
    public Multilingual getTitle() {
        return title;
    }
}
