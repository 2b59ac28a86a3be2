package org.rt2kb.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration. */
@Entity
public class GcmObjective {

    @Id
    private Integer number;

    private String titleEn;
    private String titleFr;
    private boolean frUnofficial;

    protected GcmObjective() {}

    public GcmObjective(int number, String titleEn, String titleFr, boolean frUnofficial) {
        this.number = number;
        this.titleEn = titleEn;
        this.titleFr = titleFr;
        this.frUnofficial = frUnofficial;
    }

    public Integer getNumber() {
        return number;
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
