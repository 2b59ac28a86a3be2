package org.rt2kb.security;

/**
 * An account operation that cannot be done, with the message key that says why (for example a username already
 * taken, or a password the policy refuses) and the form field it concerns.
 */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    AccountException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
