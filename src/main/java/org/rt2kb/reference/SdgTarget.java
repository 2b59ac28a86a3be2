package org.rt2kb.reference;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/** A Sustainable Development Goal target such as 8.8 or 10.7. */
@Entity
public class SdgTarget {

    @Id
    private String code;

    private int goal;

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual title;

    protected SdgTarget() {}

    public SdgTarget(String code, int goal, Multilingual title) {
        this.code = code;
        this.goal = goal;
        this.title = title;
    }

    public String getCode() {
        return code;
    }

    public int getGoal() {
        return goal;
    }

    /** The title in each language it is written in. */
    public Multilingual getTitle() {
        return title;
    }
}
