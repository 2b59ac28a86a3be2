package org.rt2kb.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** An account of the admin area. Only {@link AccountService} and the sign-in classes of this package touch it. */
@Entity
class Account {

    /** Failed sign-ins in a row that lock an account, and for how long. */
    static final int MAX_FAILED_LOGINS = 5;

    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;
    private Instant passwordChangedAt;

    @Version
    private int version;

    protected Account() {}

    Account(String username, String displayName, Role role, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in; the fifth in a row locks the account and starts a new count.
     *
     * @return whether this failure locked the account
     */
    boolean signInFailed(Instant now) {
        failedLogins++;
        if (failedLogins < MAX_FAILED_LOGINS) {
            return false;
        }
        failedLogins = 0;
        lockedUntil = now.plus(LOCK_DURATION);
        return true;
    }

    /** @return whether anything changed */
    boolean signedIn() {
        boolean changed = failedLogins != 0 || lockedUntil != null;
        failedLogins = 0;
        lockedUntil = null;
        return changed;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        signedIn(); // a new password clears the lock
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
        signedIn();
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
