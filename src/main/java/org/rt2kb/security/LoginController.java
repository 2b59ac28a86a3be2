package org.rt2kb.security;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form it posts ({@link SecurityConfig}). */
@Controller
class LoginController {

    @GetMapping(SecurityConfig.LOGIN)
    String login(Principal signedIn) {
        return signedIn == null ? "security/login" : "redirect:/admin";
    }
}
