package org.rt2kb.security;

import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in member of the secretariat, as pages and controllers need them. Templates get it as {@code ${staff}}
 * (null for the public) from {@link StaffModel}; controllers call {@link #current()}, or take a
 * {@code java.security.Principal} when the username is enough.
 *
 * @param username the account's username, as recorded in history
 * @param displayName the name pages show
 * @param admin whether the account is an administrator (who can also do everything an editor can)
 */
public record Staff(String username, String displayName, boolean admin) {

    /** The signed-in editor or administrator, or null. */
    public static Staff current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Staff of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        boolean admin = has(authentication.getAuthorities(), Role.ADMIN);
        if (!admin && !has(authentication.getAuthorities(), Role.EDITOR)) {
            return null; // anonymous
        }
        String name = authentication.getPrincipal() instanceof AccountUser user
                ? user.getDisplayName()
                : authentication.getName();
        return new Staff(authentication.getName(), name, admin);
    }

    private static boolean has(Collection<? extends GrantedAuthority> granted, Role role) {
        return granted.stream().anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
