package org.rt2kb.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a username and a password must be. Forms check the same rules with Bean Validation and
 * {@link #problem(String, String)}; {@link AccountService} checks them again, so no path skips them.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    private PasswordPolicy() {}

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    /** The message key of what is wrong with {@code password} for {@code username}, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("account.password.size");
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.username");
        }
        return Optional.empty();
    }
}
