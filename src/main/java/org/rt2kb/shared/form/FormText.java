package org.rt2kb.shared.form;

import java.net.URI;
import java.util.List;
import org.springframework.validation.Errors;

/** How forms read what editors type: blank means absent, and web links are typed one per line. */
public final class FormText {

    /** Lower-case words joined by hyphens, as in every public address. */
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private FormText() {}

    /** The text without surrounding spaces, or null when there is none. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The non-empty lines of a text box. */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Rejects the field when a line is not an http or https address. */
    public static void checkWebAddresses(String field, List<String> addresses, Errors errors) {
        List<String> bad = addresses.stream().filter(a -> !isWebAddress(a)).toList();
        if (!bad.isEmpty()) {
            errors.rejectValue(field, "form.error.url", new Object[] {String.join(" ", bad)}, null);
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
