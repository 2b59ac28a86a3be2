package org.rt2kb.theme;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.MultilingualJson;

/**
 * A footnote of the paper, in French and its translations, kept with the section whose text refers to it as
 * {@code [^number]}.
 */
@Embeddable
public record ThemeNote(
        int number,

        @Convert(converter = MultilingualJson.class) @JdbcTypeCode(SqlTypes.JSON)
        Multilingual text) {}
