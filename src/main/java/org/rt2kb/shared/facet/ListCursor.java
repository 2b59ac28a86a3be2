package org.rt2kb.shared.facet;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.rt2kb.shared.InvalidParameterException;

/**
 * Where a slice of a list ends, in the list's own order (its order key, then the entry's id): the next slice starts
 * after it. Clients get it as an opaque token, so that reading on costs the same at the end of a list as at its start.
 */
public record ListCursor(long order, long id) {

    /** The cursor a client sent back in {@code parameter}; null when it sent none. */
    public static ListCursor read(String parameter, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == 2) {
                return new ListCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException notACursor) {
            // reported below, like a token of the wrong shape
        }
        throw new InvalidParameterException(parameter, token, "error.param.cursor");
    }

    public String token() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((order + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
