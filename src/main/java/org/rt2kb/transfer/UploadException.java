package org.rt2kb.transfer;

import org.springframework.http.HttpStatus;

/** An uploaded file that cannot be imported at all; the message key says why in the user's language. */
class UploadException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] arguments;

    UploadException(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments;
    }
}
