package org.rt2kb.dossier;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.InvalidParameterException;

/** One thing a drafter keeps: an instrument, a practice or a theme section by slug, or a GCM objective by number. */
public record DossierItem(Kind kind, String key) implements Serializable {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern OBJECTIVE = Pattern.compile("[1-9][0-9]?");
    private static final int LONGEST_KEY = 120;

    /** What an item can be, named as in the dossier's address ({@code instrument:c189}). */
    public enum Kind implements Coded {
        INSTRUMENT,
        PRACTICE,
        THEME,
        OBJECTIVE;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    /** Reads {@code kind:key} as an address writes it; anything else is a 400 naming the parameter. */
    public static DossierItem parse(String parameter, String text) {
        int colon = text.indexOf(':');
        Kind kind = colon < 0
                ? null
                : Coded.fromCode(Kind.class, text.substring(0, colon)).orElse(null);
        String key = colon < 0 ? "" : text.substring(colon + 1);
        Pattern form = kind == Kind.OBJECTIVE ? OBJECTIVE : SLUG;
        if (kind == null || key.length() > LONGEST_KEY || !form.matcher(key).matches()) {
            throw new InvalidParameterException(parameter, text, "error.param.dossier-item");
        }
        return new DossierItem(kind, key);
    }

    /** The item's public page. */
    public String path() {
        return switch (kind) {
            case OBJECTIVE -> "/gcm/objectives/" + key;
            default -> EntryType.pagePath(kind.code(), key);
        };
    }

    @Override
    public String toString() {
        return kind.code() + ":" + key;
    }
}
