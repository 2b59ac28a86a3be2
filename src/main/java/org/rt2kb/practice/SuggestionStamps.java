package org.rt2kb.practice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rt2kb.shared.SharedSecrets;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The time the suggestion form was shown, signed, in a hidden field: a form sent back sooner than a person could have
 * filled it is a robot's. The key is drawn at random once and shared by every node through the database
 * ({@link SharedSecrets}), so nothing needs configuring, and a form shown by one node verifies on any other, and after
 * a restart.
 */
@Component
class SuggestionStamps {

    /** Less than this between showing the form and receiving it: no person typed it. */
    static final Duration QUICKEST = Duration.ofSeconds(3);
    /** A form older than this is shown again rather than accepted. */
    static final Duration OLDEST = Duration.ofHours(12);

    private static final String ALGORITHM = "HmacSHA256";

    /** What a stamp sent back says about the form. */
    enum Verdict {
        HUMAN,
        TOO_FAST,
        INVALID
    }

    private final Clock clock;
    /** Read when first needed, so that a start does not wait on it. */
    private final SingletonSupplier<SecretKeySpec> key;

    SuggestionStamps(Clock clock, SharedSecrets secrets) {
        this.clock = clock;
        this.key = SingletonSupplier.of(() -> new SecretKeySpec(secrets.secret("suggestion-stamp"), ALGORITHM));
    }

    /** A stamp for a form shown now. */
    String issue() {
        return issue(clock.instant());
    }

    /** A stamp for a form shown at the time given. */
    String issue(Instant shown) {
        String time = Long.toString(shown.toEpochMilli());
        return time + "." + sign(time);
    }

    Verdict check(String stamp) {
        if (stamp == null) {
            return Verdict.INVALID;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return Verdict.INVALID;
        }
        String time = stamp.substring(0, dot);
        byte[] expected = sign(time).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Verdict.INVALID;
        }
        Instant shown;
        try {
            shown = Instant.ofEpochMilli(Long.parseLong(time));
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        Duration age = Duration.between(shown, clock.instant());
        if (age.compareTo(OLDEST) > 0) {
            return Verdict.INVALID;
        }
        return age.compareTo(QUICKEST) < 0 ? Verdict.TOO_FAST : Verdict.HUMAN;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key.obtain());
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
