package org.rt2kb.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has the username given in the address: the admin pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownAccountException extends RuntimeException {

    UnknownAccountException() {
        super("No such account");
    }
}
