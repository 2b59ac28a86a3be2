package org.rt2kb.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An ISO 3166-1 country with its English and French names. */
@Entity
public class Country {

    @Id
    private String code;

    private String alpha3;

    private String nameEn;
    private String nameFr;
    private String regionCode;

    protected Country() {}

    public Country(String code, String alpha3, String nameEn, String nameFr, String regionCode) {
        this.code = code;
        this.alpha3 = alpha3;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.regionCode = regionCode;
    }

    public String getCode() {
        return code;
    }

    public String getAlpha3() {
        return alpha3;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getRegionCode() {
        return regionCode;
    }
}
