package org.rt2kb.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and manages the accounts of the admin area. Usernames are lower-case; passwords are stored hashed. */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SessionRegistry sessions;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, SessionRegistry sessions, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountView> list() {
        return accounts.findAllByOrderByUsername().stream()
                .map(a -> AccountView.of(a, clock.instant()))
                .toList();
    }

    @Transactional(readOnly = true)
    public AccountView get(String username) {
        return AccountView.of(find(username), clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean noAccountExists() {
        return accounts.count() == 0;
    }

    /**
     * Creates an enabled account.
     *
     * @throws AccountException when the username is malformed or taken, or the password breaks the policy
     */
    @Transactional
    public AccountView create(String username, String displayName, Role role, String password) {
        String name = normalize(username);
        if (!PasswordPolicy.isValidUsername(name)) {
            throw new AccountException("username", "account.username.pattern");
        }
        checkPassword(name, password);
        if (accounts.existsByUsername(name)) {
            throw new AccountException("username", "account.username.taken");
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        Account account = accounts.save(new Account(name, shown, role, passwords.encode(password), clock.instant()));
        log.info("Account {} created with role {}", name, role.code());
        return AccountView.of(account, clock.instant());
    }

    /** Disables an account and ends its open sessions: it can no longer sign in. */
    @Transactional
    public void disable(String username) {
        Account account = find(username);
        account.disable();
        endSessions(account.getUsername());
        log.info("Account {} disabled", account.getUsername());
    }

    /** Enables an account again and lifts any lock-out. */
    @Transactional
    public void enable(String username) {
        Account account = find(username);
        account.enable();
        log.info("Account {} enabled", account.getUsername());
    }

    /** Gives an account a new password and lifts any lock-out. */
    @Transactional
    public void resetPassword(String username, String password) {
        Account account = find(username);
        checkPassword(account.getUsername(), password);
        account.changePassword(passwords.encode(password), clock.instant());
        log.info("Password of account {} reset", account.getUsername());
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private Account find(String username) {
        return accounts.findByUsername(normalize(username)).orElseThrow(UnknownAccountException::new);
    }

    private static void checkPassword(String username, String password) {
        PasswordPolicy.problem(username, password).ifPresent(key -> {
            throw new AccountException("password", key);
        });
    }

    /** Ends the account's sessions on every node: they are found in the shared session store by the user's name. */
    private void endSessions(String username) {
        sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }
}
