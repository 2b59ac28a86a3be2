package org.rt2kb.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account: {@value Account#MAX_FAILED_LOGINS} in a row lock it for 15 minutes, a
 * successful sign-in starts the count again. Unknown usernames are not recorded. Logs name the account, never a
 * password.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AccountRepository accounts;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public void failed(String username) {
        accounts.findForUpdate(AccountService.normalize(username)).ifPresent(account -> {
            if (account.signInFailed(clock.instant())) {
                log.warn(
                        "Account {} locked until {} after {} failed sign-ins in a row",
                        account.getUsername(),
                        account.getLockedUntil(),
                        Account.MAX_FAILED_LOGINS);
            }
        });
    }

    @Transactional
    public void succeeded(String username) {
        accounts.findForUpdate(AccountService.normalize(username)).ifPresent(Account::signedIn);
        log.info("Account {} signed in", AccountService.normalize(username));
    }
}
