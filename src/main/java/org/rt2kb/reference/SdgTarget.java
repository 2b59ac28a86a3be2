package org.rt2kb.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A Sustainable Development Goal target such as 8.8 or 10.7. */
@Entity
public class SdgTarget {

    @Id
    private String code;

    private int goal;
    private String titleEn;
    private String titleFr;
    private boolean frUnofficial;

    protected SdgTarget() {}

    public SdgTarget(String code, int goal, String titleEn, String titleFr, boolean frUnofficial) {
        this.code = code;
        this.goal = goal;
        this.titleEn = titleEn;
        this.titleFr = titleFr;
        this.frUnofficial = frUnofficial;
    }

    public String getCode() {
        return code;
    }

    public int getGoal() {
        return goal;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public boolean isFrUnofficial() {
        return frUnofficial;
    }
}
