package org.rt2kb.security;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts of the admin area, for administrators only ({@link SecurityConfig}). */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

    private static final String LIST = "redirect:/admin/users";

    private final AccountService accounts;

    AccountAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        return "admin/users/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", AccountForm.empty());
        model.addAttribute("roles", Role.values());
        return "admin/users/form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        checkPassword(form.username(), form.password(), form.repeat(), errors);
        if (!errors.hasErrors()) {
            try {
                AccountView created =
                        accounts.create(form.username(), form.displayName(), form.role(), form.password());
                return done(redirect, "account.flash.created", created.username());
            } catch (AccountException ex) {
                errors.rejectValue(ex.field(), ex.messageKey());
            }
        }
        model.addAttribute("roles", Role.values());
        return "admin/users/form";
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, Principal me, RedirectAttributes redirect) {
        if (AccountService.normalize(username).equals(me.getName())) {
            redirect.addFlashAttribute("problem", "account.flash.not-yourself");
            return LIST;
        }
        accounts.disable(username);
        return done(redirect, "account.flash.disabled", username);
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        accounts.enable(username);
        return done(redirect, "account.flash.enabled", username);
    }

    @GetMapping("/{username}/password")
    String passwordForm(@PathVariable String username, Model model) {
        model.addAttribute("account", accounts.get(username));
        model.addAttribute("form", new PasswordForm(null, null));
        return "admin/users/password";
    }

    @PostMapping("/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AccountView account = accounts.get(username);
        checkPassword(account.username(), form.password(), form.repeat(), errors);
        if (!errors.hasErrors()) {
            try {
                accounts.resetPassword(account.username(), form.password());
                return done(redirect, "account.flash.password", account.username());
            } catch (AccountException ex) {
                errors.rejectValue(ex.field(), ex.messageKey());
            }
        }
        model.addAttribute("account", account);
        return "admin/users/password";
    }

    /** The rules between fields; the length is checked by Bean Validation. */
    private static void checkPassword(String username, String password, String repeat, BindingResult errors) {
        if (!errors.hasFieldErrors("password")) {
            PasswordPolicy.problem(username, password).ifPresent(key -> errors.rejectValue("password", key));
        }
        if (!errors.hasFieldErrors("password") && !Objects.equals(password, repeat)) {
            errors.rejectValue("repeat", "account.password.repeat");
        }
    }

    private static String done(RedirectAttributes redirect, String messageKey, String username) {
        redirect.addFlashAttribute("done", messageKey);
        redirect.addFlashAttribute("doneFor", AccountService.normalize(username));
        return LIST;
    }
}
