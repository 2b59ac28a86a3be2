package org.rt2kb.reference;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration. */
@Entity
public class GcmObjective {

    @Id
    private Integer number;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    protected GcmObjective() {}

    public GcmObjective(int number, Multilingual title) {
        this.number = number;
        this.title = title;
    }

    public Integer getNumber() {
        return number;
    }

    /** The title in each language it is written in. */
    public Multilingual getTitle() {
        return title;
    }
}
