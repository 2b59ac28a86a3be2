package org.rt2kb.shared;

import java.util.List;
import java.util.Locale;

/** The languages the site is written in, in the order the language switch shows them. */
public final class Languages {

    public static final Locale SPANISH = Locale.forLanguageTag("es");

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH, SPANISH);

    /** Codes of {@link #ALL}, for parameters that name a language. */
    public static final List<String> CODES =
            ALL.stream().map(Locale::getLanguage).toList();

    private Languages() {}

    /**
     * The languages to show a text in for a reader of {@code locale}, best first: theirs, then English, the forum's
     * common working language, then French, the paper's own.
     */
    public static List<String> forReader(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> List.of("fr", "en");
            case "es" -> List.of("es", "en", "fr");
            default -> List.of("en", "fr");
        };
    }
}
