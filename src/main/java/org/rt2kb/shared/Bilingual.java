package org.rt2kb.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A text the catalogue holds in English, French or both, with flags for the project's own (unofficial)
 * translations. Pages show it in the reader's language when it exists there, otherwise in the other one, marked.
 */
public record Bilingual(String en, String fr, boolean enUnofficial, boolean frUnofficial) {

    public static Bilingual of(String en, String fr) {
        return new Bilingual(en, fr, false, false);
    }

    /** An interface text in both languages, from the message bundles. */
    public static Bilingual message(MessageSource messages, String key, Object... args) {
        return of(messages.getMessage(key, args, Locale.ENGLISH), messages.getMessage(key, args, Locale.FRENCH));
    }

    /** The text to show a reader of {@code locale}, or null when there is none in either language. */
    public Shown in(Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        String wanted = french ? fr : en;
        if (wanted != null && !wanted.isBlank()) {
            return new Shown(wanted, french ? "fr" : "en", false, french ? frUnofficial : enUnofficial);
        }
        String other = french ? en : fr;
        if (other == null || other.isBlank()) {
            return null;
        }
        return new Shown(other, french ? "en" : "fr", true, french ? enUnofficial : frUnofficial);
    }

    /** The plain text for {@code locale}, falling back to the other language; for labels, sorting and titles. */
    public String text(Locale locale) {
        Shown shown = in(locale);
        return shown == null ? "" : shown.text();
    }

    /**
     * A text as shown: its language (for the {@code lang} attribute), whether it is in the other language than the
     * page's, and whether it is an unofficial translation.
     */
    public record Shown(String text, String lang, boolean otherLanguage, boolean unofficial) {}
}
