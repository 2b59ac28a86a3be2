package org.rt2kb.instrument;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** A heading of Annex B or C under which the paper lists instruments. */
@Entity
public class AnnexGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String annex;

    private int position;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    protected AnnexGroup() {}

    public AnnexGroup(String slug, String annex, int position, Multilingual title) {
        this.slug = slug;
        this.annex = annex;
        this.position = position;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getAnnex() {
        return annex;
    }

    public int getPosition() {
        return position;
    }

    /** The heading in each language, flagged where it is the project's translation. */
    public Multilingual getTitle() {
        return title;
    }
}
