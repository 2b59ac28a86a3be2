package org.rt2kb.instrument;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A heading of Annex B or C under which the paper lists instruments. */
@Entity
public class AnnexGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String annex;

    private int position;
    private String titleEn;
    private String titleFr;
    private boolean frUnofficial;

    protected AnnexGroup() {}

    public AnnexGroup(String slug, String annex, int position, String titleEn, String titleFr, boolean frUnofficial) {
        this.slug = slug;
        this.annex = annex;
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

    public String getAnnex() {
        return annex;
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
