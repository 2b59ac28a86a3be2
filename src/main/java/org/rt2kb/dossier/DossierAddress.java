package org.rt2kb.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.InvalidParameterException;
import org.springframework.util.MultiValueMap;

/**
 * A dossier as an address anyone can open: {@code /dossier?items=instrument:c189,practice:…&group=type} with a
 * {@code note.instrument:c189=…} parameter per note. The address rebuilds the whole dossier, so two drafters can
 * exchange one and a bookmark keeps it; its exports take the same parameters.
 */
public final class DossierAddress {

    public static final String ITEMS = "items";
    public static final String GROUP = "group";
    public static final String NOTE = "note.";

    private DossierAddress() {}

    /** Whether the request names a dossier of its own rather than the session's. */
    public static boolean names(MultiValueMap<String, String> params) {
        return params.containsKey(ITEMS);
    }

    public static Dossier read(MultiValueMap<String, String> params) {
        Set<DossierItem> items = new LinkedHashSet<>();
        for (String list : params.getOrDefault(ITEMS, List.of())) {
            for (String text : list.split(",")) {
                if (!text.isBlank()) {
                    items.add(DossierItem.parse(ITEMS, text.strip()));
                }
            }
        }
        if (items.size() > Dossier.MAX_ITEMS) {
            throw new InvalidParameterException(
                    ITEMS, String.valueOf(items.size()), "error.param.dossier-size", Dossier.MAX_ITEMS);
        }
        return new Dossier(new ArrayList<>(items), notes(params), grouping(params.getFirst(GROUP)));
    }

    /** The notes the parameters hold ({@code note.instrument:c189=…}), by item. */
    public static Map<DossierItem, String> notes(MultiValueMap<String, String> params) {
        Map<DossierItem, String> notes = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(NOTE) && !values.isEmpty()) {
                notes.put(DossierItem.parse(name, name.substring(NOTE.length())), note(name, values.get(0)));
            }
        });
        return notes;
    }

    /** A note as typed, refused when longer than a short note should be. */
    static String note(String parameter, String text) {
        if (text.length() > Dossier.MAX_NOTE) {
            throw new InvalidParameterException(
                    parameter, text.substring(0, 40) + "…", "error.param.too-long", Dossier.MAX_NOTE);
        }
        return text;
    }

    static Grouping grouping(String code) {
        if (code == null || code.isBlank()) {
            return Grouping.NONE;
        }
        return Coded.fromCode(Grouping.class, code)
                .orElseThrow(() -> InvalidParameterException.unknownValue(GROUP, code));
    }

    /** The query string that rebuilds the dossier, encoded (a note's "+" and "&" included); ":" and "," stay legible. */
    public static String query(Dossier dossier) {
        StringBuilder query = new StringBuilder(ITEMS).append('=');
        query.append(encode(String.join(
                ",", dossier.items().stream().map(DossierItem::toString).toList())));
        if (dossier.grouping() != Grouping.NONE) {
            query.append('&')
                    .append(GROUP)
                    .append('=')
                    .append(dossier.grouping().code());
        }
        dossier.notes()
                .forEach((item, note) -> query.append('&')
                        .append(encode(NOTE + item))
                        .append('=')
                        .append(encode(note)));
        return query.toString();
    }

    private static String encode(String text) {
        // A space as %20 rather than "+", which not every reader of a query decodes as a space.
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%3A", ":")
                .replace("%2C", ",");
    }
}
