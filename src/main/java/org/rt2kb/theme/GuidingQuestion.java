package org.rt2kb.theme;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.util.LinkedHashSet;
import java.util.Set;

/** One of the questions Section 5 of the paper puts to the roundtable. */
@Entity
public class GuidingQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private Theme section;

    private int number;
    private String textFr;
    private String textEn;
    private boolean enUnofficial;

    @ManyToMany
    @JoinTable(
            name = "guiding_question_theme",
            joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("position")
    private Set<Theme> themes = new LinkedHashSet<>();

    protected GuidingQuestion() {}

    public GuidingQuestion(
            Theme section, int number, String textFr, String textEn, boolean enUnofficial, Set<Theme> themes) {
        this.section = section;
        this.number = number;
        this.textFr = textFr;
        this.textEn = textEn;
        this.enUnofficial = enUnofficial;
        this.themes = new LinkedHashSet<>(themes);
    }

    public int getNumber() {
        return number;
    }

    public String getTextFr() {
        return textFr;
    }

    public String getTextEn() {
        return textEn;
    }

    public boolean isEnUnofficial() {
        return enUnofficial;
    }

    public Set<Theme> getThemes() {
        return java.util.Collections.unmodifiableSet(themes);
    }
}
