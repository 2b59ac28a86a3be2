package org.rt2kb.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A UN M49 region or sub-region, used to group countries and regional practices. */
@Entity
public class Region {

    @Id
    private String code;

    private String slug;
    private String nameEn;
    private String nameFr;
    private String parentCode;

    protected Region() {}

    public Region(String code, String slug, String nameEn, String nameFr, String parentCode) {
        this.code = code;
        this.slug = slug;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getParentCode() {
        return parentCode;
    }
}
