package org.rt2kb.security;

import org.rt2kb.shared.Coded;

/**
 * What an account may do. Editors curate the catalogue; administrators also manage accounts, reindex and import.
 * {@link SecurityConfig#roleHierarchy()} makes every administrator an editor too.
 */
public enum Role implements Coded {
    EDITOR,
    ADMIN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The Spring Security authority of the role, such as {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
