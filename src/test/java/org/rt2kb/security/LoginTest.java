package org.rt2kb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.security.AdminAccessTest.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.MovableClock;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signing in with the login form: the right password, wrong ones, lock-outs, disabled accounts, signing out. */
@CatalogueTest
@ExtendWith(OutputCaptureExtension.class)
class LoginTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSignInWithTheRightPasswordAndGoToTheAdminArea() {
        String name = editor();

        MvcTestResult result = signIn(name, PASSWORD);

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
        assertThat(result).matches(authenticated().withUsername(name).withRoles("EDITOR"));
    }

    @Test
    void shouldAcceptTheUsernameInCapitals() {
        String name = editor();

        assertThat(signIn(name.toUpperCase(java.util.Locale.ROOT), PASSWORD)).matches(authenticated());
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnUnknownUserWithTheSameAnswer() {
        String name = editor();

        MvcTestResult wrong = signIn(name, "not the password at all");
        MvcTestResult unknown = signIn("nobody-" + unique(), PASSWORD);

        assertThat(wrong).hasRedirectedUrl("/login?error").matches(unauthenticated());
        assertThat(unknown).hasRedirectedUrl("/login?error").matches(unauthenticated());
    }

    @Test
    void shouldLockAnAccountForFifteenMinutesAfterFiveWrongPasswords(CapturedOutput output) {
        String name = editor();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(name, "wrong password " + i)).hasRedirectedUrl("/login?error");
        }
        assertThat(accounts.get(name).locked()).isTrue();

        assertThat(signIn(name, PASSWORD)).hasRedirectedUrl("/login?error").matches(unauthenticated());
        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn(name, PASSWORD)).matches(unauthenticated());
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(name, PASSWORD)).hasRedirectedUrl("/admin").matches(authenticated());

        assertThat(output)
                .contains("WARN")
                .contains("Account " + name + " locked until")
                .doesNotContain("wrong password", PASSWORD);
    }

    @Test
    void shouldCountOnlyFailuresInARow() {
        String name = editor();
        for (int i = 0; i < 4; i++) {
            signIn(name, "wrong password");
        }
        assertThat(signIn(name, PASSWORD)).matches(authenticated());
        for (int i = 0; i < 4; i++) {
            signIn(name, "wrong password");
        }

        assertThat(accounts.get(name).locked()).isFalse();
        assertThat(signIn(name, PASSWORD)).matches(authenticated());
    }

    @Test
    void shouldNotLetADisabledAccountSignIn() {
        String name = editor();
        accounts.disable(name);

        assertThat(signIn(name, PASSWORD)).hasRedirectedUrl("/login?error").matches(unauthenticated());

        accounts.enable(name);
        assertThat(signIn(name, PASSWORD)).matches(authenticated());
    }

    @Test
    void shouldLiftALockOutWhenAnAdministratorSetsANewPassword() {
        String name = editor();
        for (int i = 0; i < 5; i++) {
            signIn(name, "wrong password");
        }
        accounts.resetPassword(name, "another long passphrase");

        assertThat(signIn(name, "another long passphrase")).matches(authenticated());
    }

    @Test
    void shouldShowTheLoginPageWithTheFailureAndLockOutMessagesInTheUsersLanguage() {
        Document page = Pages.page(mvc, "/login?error", "fr", HttpStatus.OK);

        assertThat(page.select("h1").text()).isEqualTo("Connexion à l’espace d’administration");
        assertThat(page.select("[role=alert]").text())
                .contains("Nom d’utilisateur ou mot de passe incorrect")
                .contains("15 minutes");
        assertThat(page.select("form[action=/login][method=post] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page.select("input#username[name=username]")).hasSize(1);
        assertThat(page.select("input#password[type=password]")).hasSize(1);

        Document fresh = Pages.page(mvc, "/login", "en", HttpStatus.OK);
        assertThat(fresh.select("[role=alert]")).isEmpty();
    }

    @Test
    void shouldSignOutWithAPostAndSayItOnTheHomePage() {
        MvcTestResult result = mvc.post()
                .uri("/logout")
                .with(user("ed").roles("EDITOR"))
                .with(csrf())
                .exchange();

        assertThat(result)
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/?logout")
                .matches(unauthenticated());
        Document home = Pages.page(mvc, "/?logout", "fr", HttpStatus.OK);
        assertThat(home.select("main [role=status]").text()).isEqualTo("Déconnexion effectuée.");
    }

    @Test
    void shouldRefuseASignInPostedWithoutCsrfToken() {
        String name = editor();

        MvcTestResult result = mvc.post()
                .uri("/login")
                .param("username", name)
                .param("password", PASSWORD)
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN).matches(unauthenticated());
    }

    private String editor() {
        String name = unique();
        accounts.create(name, "Editor " + name, Role.EDITOR, PASSWORD);
        return name;
    }

    private MvcTestResult signIn(String username, String password) {
        return mvc.perform(formLogin("/login").user(username).password(password));
    }
}
