package org.rt2kb.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account: Spring Security's user with the name the pages show. Equal by username. */
class AccountUser extends User {

    private final String displayName;

    AccountUser(Account account, boolean locked) {
        super(
                account.getUsername(),
                account.getPasswordHash(),
                account.isEnabled(),
                true,
                true,
                !locked,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.displayName = account.getDisplayName();
    }

    String getDisplayName() {
        return displayName;
    }
}
