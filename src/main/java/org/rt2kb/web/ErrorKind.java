package org.rt2kb.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The few kinds of failure a reader is told about, each with its own heading and advice in the message bundles
 * ({@code error.page.*.<code>} and {@code error.problem.<code>}).
 */
enum ErrorKind {
    BAD_REQUEST("bad-request"),
    FORBIDDEN("forbidden"),
    NOT_FOUND("not-found"),
    METHOD_NOT_ALLOWED("method"),
    TOO_LARGE("too-large"),
    TOO_MANY("too-many"),
    UNAVAILABLE("unavailable"),
    SERVER("other");

    /** How long a client should wait before trying again when the service is unavailable, in seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final String code;

    ErrorKind(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static ErrorKind of(HttpStatusCode status) {
        return switch (status.value()) {
            case 401, 403 -> FORBIDDEN;
            case 404, 410 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> TOO_LARGE;
            case 429 -> TOO_MANY;
            case 503 -> UNAVAILABLE;
            default -> status.is4xxClientError() ? BAD_REQUEST : SERVER;
        };
    }

    static boolean isUnavailable(HttpStatusCode status) {
        return status.value() == HttpStatus.SERVICE_UNAVAILABLE.value();
    }
}
