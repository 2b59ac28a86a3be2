package org.rt2kb.theme;

import jakarta.persistence.Convert;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

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

    @Convert(converter = MultilingualJson.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Multilingual text;

    @ManyToMany
    @JoinTable(
            name = "guiding_question_theme",
            joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderBy("position")
    private Set<Theme> themes = new LinkedHashSet<>();

    protected GuidingQuestion() {}

    public GuidingQuestion(Theme section, int number, Multilingual text, Set<Theme> themes) {
        this.section = section;
        this.number = number;
        this.text = text;
        this.themes = new LinkedHashSet<>(themes);
    }

    public int getNumber() {
        return number;
    }

    /** The paper's French question and its translations. */
    public Multilingual getText() {
        return text;
    }

    public Set<Theme> getThemes() {
        return java.util.Collections.unmodifiableSet(themes);
    }
}
