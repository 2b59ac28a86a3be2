package org.rt2kb.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One of the six thematic groups of the Annex A compendium. */
@Entity
public class PracticeGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private int position;
    private String titleEn;
    private String titleFr;
    private boolean frUnofficial;

    protected PracticeGroup() {}

    public PracticeGroup(String slug, int position, String titleEn, String titleFr, boolean frUnofficial) {
        this.slug = slug;
        this.position = position;
        this.titleEn = titleEn;
        this.titleFr = titleFr;
        this.frUnofficial = frUnofficial;
    }

    public Long getId() {
        return id;
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
