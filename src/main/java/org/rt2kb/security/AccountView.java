package org.rt2kb.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An account as the admin pages show it.
 *
 * @param lockedUntil end of the current lock-out, or null when the account is not locked
 */
public record AccountView(
        String username,
        String displayName,
        Role role,
        boolean enabled,
        Instant lockedUntil,
        Instant createdAt,
        Instant passwordChangedAt) {

    static AccountView of(Account account, Instant now) {
        return new AccountView(
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.isEnabled(),
                account.isLockedAt(now) ? account.getLockedUntil() : null,
                account.getCreatedAt(),
                account.getPasswordChangedAt());
    }

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public boolean locked() {
        return lockedUntil != null;
    }

    /** The end of the lock-out to the minute, in UTC, or an empty text. */
    public String lockedUntilText() {
        return lockedUntil == null ? "" : MINUTES.format(lockedUntil);
    }
}
