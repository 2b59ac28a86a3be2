package org.rt2kb.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Username and password sign-in that records the outcome in {@link LoginAttempts}. A wrong password counts as a
 * failure; a disabled or locked account is refused before its password is checked, and that does not count.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    LockingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException ex) {
            attempts.failed(authentication.getName());
            throw ex;
        }
        attempts.succeeded(result.getName());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
