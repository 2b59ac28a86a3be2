package org.rt2kb.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form giving an account a new password, typed twice. */
public record PasswordForm(
        @NotNull(message = "{account.password.size}")
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.size}")
        String password,

        String repeat) {}
