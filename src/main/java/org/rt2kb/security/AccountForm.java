package org.rt2kb.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form creating an account. Rules between fields (the password must not contain the username, the two passwords
 * must match) are checked by {@link AccountAdminController} with {@link PasswordPolicy}.
 */
public record AccountForm(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = PasswordPolicy.USERNAME_PATTERN, message = "{account.username.pattern}")
        String username,

        @NotBlank(message = "{account.display-name.required}") @Size(max = 120, message = "{account.display-name.size}")
        String displayName,

        @NotNull(message = "{account.role.required}") Role role,

        @NotNull(message = "{account.password.size}")
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.size}")
        String password,

        String repeat) {

    static AccountForm empty() {
        return new AccountForm("", "", Role.EDITOR, null, null);
    }
}
