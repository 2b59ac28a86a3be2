package org.rt2kb.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page {@code ${staff}}: who is signed in, or null. It reads the session only, not the database. */
@ControllerAdvice
class StaffModel {

    @ModelAttribute("staff")
    Staff staff() {
        return Staff.current();
    }
}
