package org.rt2kb.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/**
 * A body that issues instruments (the ILO, the UN General Assembly, UNHCR…), with its official name and acronym in
 * each language: "Organización Internacional del Trabajo", "OIT". It is known by the name instruments give in their
 * {@code body} field ("ILO").
 */
@Entity
public class IssuingBody {

    @Id
    @Column(name = "key")
    private String body;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual name;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual acronym;

    protected IssuingBody() {}

    public IssuingBody(String body, Multilingual name, Multilingual acronym) {
        this.body = body;
        this.name = name;
        this.acronym = acronym;
    }

    /** The name instruments give the body in their {@code body} field. */
    public String getBody() {
        return body;
    }

    public Multilingual getName() {
        return name;
    }

    /** The acronym in each language that has one; empty when the body has none. */
    public Multilingual getAcronym() {
        return acronym == null ? Multilingual.NONE : acronym;
    }
}
