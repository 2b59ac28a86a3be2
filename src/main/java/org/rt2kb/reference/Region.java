package org.rt2kb.reference;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** A UN M49 region or sub-region, used to group countries and regional practices. */
@Entity
public class Region {

    @Id
    private String code;

    private String slug;
    private String parentCode;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual name;

    protected Region() {}

    public Region(String code, String slug, String parentCode, Multilingual name) {
        this.code = code;
        this.slug = slug;
        this.parentCode = parentCode;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getSlug() {
        return slug;
    }

    public String getParentCode() {
        return parentCode;
    }

    /** The name in each language it is written in. */
    public Multilingual getName() {
        return name;
    }
}
