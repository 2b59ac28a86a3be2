package org.rt2kb.reference;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** An ISO 3166-1 country with its names. */
@Entity
public class Country {

    @Id
    private String code;

    private String alpha3;
    private String regionCode;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual name;

    protected Country() {}

    public Country(String code, String alpha3, String regionCode, Multilingual name) {
        this.code = code;
        this.alpha3 = alpha3;
        this.regionCode = regionCode;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getAlpha3() {
        return alpha3;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** The name in each language it is written in. */
    public Multilingual getName() {
        return name;
    }
}
