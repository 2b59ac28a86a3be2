package org.rt2kb.shared;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/**
 * A text in one or more of the site's languages ({@link Languages}), keyed by language code, with the languages in
 * which it is the project's own (unofficial) translation. Pages show it in the reader's language when it exists
 * there, otherwise in the next of {@link Languages#forReader}, marked.
 */
public record Multilingual(Map<String, String> texts, Set<String> unofficial) {

    /** No text in any language. */
    public static final Multilingual NONE = new Multilingual(Map.of(), Set.of());

    public Multilingual {
        Map<String, String> present = new HashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                present.put(language, text);
            }
        });
        texts = Map.copyOf(present);
        Set<String> flagged = new HashSet<>(unofficial);
        flagged.retainAll(present.keySet()); // a flag without its text says nothing
        unofficial = Set.copyOf(flagged);
    }

    public static Multilingual of(String en, String fr) {
        return of(en, fr, false, false);
    }

    public static Multilingual of(String en, String fr, boolean enUnofficial, boolean frUnofficial) {
        Map<String, String> texts = new HashMap<>();
        texts.put("en", en);
        texts.put("fr", fr);
        Set<String> unofficial = new HashSet<>();
        if (enUnofficial) {
            unofficial.add("en");
        }
        if (frUnofficial) {
            unofficial.add("fr");
        }
        return new Multilingual(texts, unofficial);
    }

    /** A text in English, French and Spanish, any of them possibly absent, none flagged as a translation. */
    public static Multilingual of(String en, String fr, String es) {
        Map<String, String> texts = new HashMap<>();
        texts.put("en", en);
        texts.put("fr", fr);
        texts.put("es", es);
        return new Multilingual(texts, Set.of());
    }

    /** A text in the three languages, as a form or a file gives it, each with its flag; blank ones are absent. */
    public static Multilingual of(
            String en, boolean enUnofficial, String fr, boolean frUnofficial, String es, boolean esUnofficial) {
        Set<String> unofficial = new HashSet<>();
        if (enUnofficial) {
            unofficial.add("en");
        }
        if (frUnofficial) {
            unofficial.add("fr");
        }
        if (esUnofficial) {
            unofficial.add("es");
        }
        return of(en, fr, es).translatedIn(unofficial);
    }

    /** The same text with the languages in {@code languages} flagged as the project's translations. */
    public Multilingual translatedIn(Set<String> languages) {
        return new Multilingual(texts, languages);
    }

    /** An interface text in every language, from the message bundles. */
    public static Multilingual message(MessageSource messages, String key, Object... args) {
        Map<String, String> texts = new HashMap<>();
        for (Locale language : Languages.ALL) {
            texts.put(language.getLanguage(), messages.getMessage(key, args, language));
        }
        return new Multilingual(texts, Set.of());
    }

    /** The same text with {@code prefix} before it in every language ("5. " before an objective's title). */
    public Multilingual prefixed(String prefix) {
        return map(text -> prefix + text);
    }

    /** The text in every language changed by {@code change}, each keeping its flag. */
    public Multilingual map(UnaryOperator<String> change) {
        Map<String, String> changed = new HashMap<>();
        texts.forEach((language, text) -> changed.put(language, change.apply(text)));
        return new Multilingual(changed, unofficial);
    }

    /** Whether the text exists in no language. */
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** Whether the text in {@code language} is the project's own translation. */
    public boolean isUnofficialIn(String language) {
        return unofficial.contains(language);
    }

    /** The text in {@code language}, or null. */
    public String get(String language) {
        return texts.get(language);
    }

    public String en() {
        return get("en");
    }

    public String fr() {
        return get("fr");
    }

    /**
     * The text to show a reader of {@code locale}: in their language when it exists, otherwise in the next of
     * {@link Languages#forReader}, marked as another language; null when there is none.
     */
    public Shown in(Locale locale) {
        for (String language : Languages.forReader(locale)) {
            String text = texts.get(language);
            if (text != null) {
                return new Shown(text, language, !language.equals(locale.getLanguage()), unofficial.contains(language));
            }
        }
        return null;
    }

    /** The plain text for {@code locale}, falling back to another language; for labels, sorting and titles. */
    public String text(Locale locale) {
        Shown shown = in(locale);
        return shown == null ? "" : shown.text();
    }

    /**
     * A text as shown: its language (for the {@code lang} attribute), whether it is in another language than the
     * page's, and whether it is an unofficial translation.
     */
    public record Shown(String text, String lang, boolean otherLanguage, boolean unofficial) {}
}
