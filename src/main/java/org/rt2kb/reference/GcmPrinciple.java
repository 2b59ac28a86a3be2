package org.rt2kb.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of the ten guiding principles of the Global Compact for Migration. */
@Entity
public class GcmPrinciple {

    @Id
    private String slug;

    private int position;
    private String titleEn;
    private String titleFr;
    private boolean frUnofficial;

    protected GcmPrinciple() {}

    public GcmPrinciple(String slug, int position, String titleEn, String titleFr, boolean frUnofficial) {
        this.slug = slug;
        this.position = position;
        this.titleEn = titleEn;
        this.titleFr = titleFr;
        this.frUnofficial = frUnofficial;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
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
