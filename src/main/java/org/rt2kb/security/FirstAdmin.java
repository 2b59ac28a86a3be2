package org.rt2kb.security;

import org.rt2kb.shared.KbProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator at start from {@code KB_ADMIN_USER} and {@code KB_ADMIN_PASSWORD}, when there is
 * no account at all. Whatever goes wrong is logged in one line and the public site starts anyway.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    enum Outcome {
        CREATED,
        ACCOUNTS_EXIST,
        NOT_CONFIGURED,
        REJECTED
    }

    private final AccountService accounts;
    private final KbProperties properties;

    FirstAdmin(AccountService accounts, KbProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            create(properties.admin());
        } catch (RuntimeException ex) {
            log.error("The first administrator could not be created: {}", ex.getMessage());
        }
    }

    Outcome create(KbProperties.Admin admin) {
        if (!accounts.noAccountExists()) {
            return Outcome.ACCOUNTS_EXIST;
        }
        if (admin == null || !admin.isGiven()) {
            log.warn(
                    "There is no account yet. To create the first administrator, start once with the environment "
                            + "variables KB_ADMIN_USER and KB_ADMIN_PASSWORD (at least {} characters, not containing the "
                            + "username).",
                    PasswordPolicy.MIN_LENGTH);
            return Outcome.NOT_CONFIGURED;
        }
        try {
            accounts.create(admin.user(), admin.user(), Role.ADMIN, admin.password());
        } catch (AccountException ex) {
            log.error(
                    "The first administrator was not created: {}. Fix KB_ADMIN_USER or KB_ADMIN_PASSWORD and "
                            + "restart.",
                    reason(ex.messageKey()));
            return Outcome.REJECTED;
        }
        log.info(
                "First administrator {} created from KB_ADMIN_USER. You may now remove KB_ADMIN_PASSWORD from the "
                        + "environment.",
                AccountService.normalize(admin.user()));
        return Outcome.CREATED;
    }

    private static String reason(String messageKey) {
        return switch (messageKey) {
            case "account.username.pattern" ->
                "KB_ADMIN_USER must be 3 to 60 characters among a-z, 0-9, '.', '_' " + "and '-'";
            case "account.password.username" -> "KB_ADMIN_PASSWORD must not contain the username";
            case "account.password.size" ->
                "KB_ADMIN_PASSWORD must be " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                        + " characters long";
            default -> messageKey;
        };
    }
}
