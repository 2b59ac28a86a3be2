package org.rt2kb.dossier;

import java.util.List;
import java.util.Locale;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.InvalidParameterException;
import org.rt2kb.shared.Languages;

/** The language of an export: English, French, Spanish, or English and French side by side (English on the left). */
public enum ExportLanguage implements Coded {
    EN(List.of(Locale.ENGLISH)),
    FR(List.of(Locale.FRENCH)),
    ES(List.of(Languages.SPANISH)),
    EN_FR(List.of(Locale.ENGLISH, Locale.FRENCH));

    private final List<Locale> locales;

    ExportLanguage(List<Locale> locales) {
        this.locales = locales;
    }

    public List<Locale> locales() {
        return locales;
    }

    /** The language labels and headings are written in: the first of the export's. */
    public Locale first() {
        return locales.get(0);
    }

    public boolean sideBySide() {
        return locales.size() > 1;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    static ExportLanguage of(String code, Locale page) {
        if (code == null || code.isBlank()) {
            return switch (page.getLanguage()) {
                case "fr" -> FR;
                case "es" -> ES;
                default -> EN;
            };
        }
        return Coded.fromCode(ExportLanguage.class, code)
                .orElseThrow(() -> InvalidParameterException.unknownValue("lang", code));
    }
}
