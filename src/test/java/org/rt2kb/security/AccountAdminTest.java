package org.rt2kb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.security.AdminAccessTest.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What an administrator does on /admin/users: create, disable, enable, and set a new password. */
@CatalogueTest
class AccountAdminTest {

    private static final String GOOD = "correct horse battery staple";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void shouldCreateAnAccountAndSayItWasCreated() {
        String name = unique();

        MvcTestResult result = create(name, "Béatrice Durand", "EDITOR", GOOD, GOOD, "fr");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users");
        assertThat(result).flash().containsEntry("done", "account.flash.created");
        AccountView created = accounts.get(name);
        assertThat(created.displayName()).isEqualTo("Béatrice Durand");
        assertThat(created.role()).isEqualTo(Role.EDITOR);
        assertThat(created.enabled()).isTrue();
        String hash = repository.findByUsername(name).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(GOOD);
        assertThat(encoder.matches(GOOD, hash)).isTrue();

        Document list = Pages.parse(mvc.get()
                .uri("/admin/users")
                .with(admin())
                .header("Accept-Language", "fr")
                .cookie(result.getResponse().getCookies())
                .exchange());
        assertThat(list.select("[role=status]").text()).isEqualTo("Compte " + name + " créé.");
        assertThat(list.select("#account-" + name + " td").eachText())
                .startsWith("Béatrice Durand", "Éditeur", "Actif", "Non");
    }

    @Test
    void shouldRefuseAShortPasswordWithAMessageAtTheFieldInTheUsersLanguage() {
        String name = unique();

        Document english = Pages.parse(create(name, "Short", "EDITOR", "too-short", "too-short", "en"));
        assertThat(english.select("#password-error").text()).isEqualTo("The password must have 12 to 128 characters.");

        MvcTestResult french = create(name, "Court", "ADMIN", "trop-court", "trop-court", "fr");
        assertThat(french).hasStatus(HttpStatus.OK);
        Document page = Pages.parse(french);
        assertThat(page.select("#password-error").text())
                .isEqualTo("Le mot de passe doit compter de 12 à 128 caractères.");
        assertThat(page.select("#password").attr("aria-invalid")).isEqualTo("true");
        // What was typed is kept, except the passwords.
        assertThat(page.select("#username").val()).isEqualTo(name);
        assertThat(page.select("#displayName").val()).isEqualTo("Court");
        assertThat(page.select("input[name=role][checked]").val()).isEqualTo("ADMIN");
        assertThat(page.html()).doesNotContain("trop-court");
        assertThat(accounts.list()).noneMatch(a -> a.username().equals(name));
    }

    @Test
    void shouldRefuseAPasswordHoldingTheUsernameAUsernameTakenAndPasswordsThatDiffer() {
        String name = unique();
        assertThat(Pages.parse(create(
                                name, "X", "EDITOR", "my " + name + " password", "my " + name + " password", "en"))
                        .select("#password-error")
                        .text())
                .isEqualTo("The password must not contain the username.");
        assertThat(Pages.parse(create(name, "X", "EDITOR", GOOD, GOOD + "!", "fr"))
                        .select("#repeat-error")
                        .text())
                .isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(Pages.parse(create("Not Valid!", "X", "EDITOR", GOOD, GOOD, "en"))
                        .select("#username-error")
                        .text())
                .isEqualTo("Use 3 to 60 lower-case letters, digits, dots, hyphens or underscores.");

        accounts.create(name, "First", Role.EDITOR, GOOD);
        assertThat(Pages.parse(create(name, "Second", "EDITOR", GOOD, GOOD, "fr"))
                        .select("#username-error")
                        .text())
                .isEqualTo("Ce nom d’utilisateur est déjà pris.");
        assertThat(accounts.get(name).displayName()).isEqualTo("First");
    }

    @Test
    void shouldDisableAndEnableAnAccount() {
        String name = unique();
        accounts.create(name, "To disable", Role.EDITOR, GOOD);

        assertThat(mvc.post()
                        .uri("/admin/users/{u}/disable", name)
                        .with(admin())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("done", "account.flash.disabled");
        assertThat(accounts.get(name).enabled()).isFalse();
        Document list = Pages.parse(mvc.get().uri("/admin/users").with(admin()).exchange());
        assertThat(list.select("#account-" + name + " form").attr("action")).endsWith("/" + name + "/enable");

        assertThat(mvc.post()
                        .uri("/admin/users/{u}/enable", name)
                        .with(admin())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("done", "account.flash.enabled");
        assertThat(accounts.get(name).enabled()).isTrue();
    }

    @Test
    void shouldNotLetAnAdministratorDisableTheirOwnAccount() {
        String name = unique();
        accounts.create(name, "Me", Role.ADMIN, GOOD);

        assertThat(mvc.post()
                        .uri("/admin/users/{u}/disable", name)
                        .with(user(name).roles("ADMIN"))
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("problem", "account.flash.not-yourself");
        assertThat(accounts.get(name).enabled()).isTrue();
    }

    @Test
    void shouldSetANewPasswordThatFollowsThePolicy() {
        String name = unique();
        accounts.create(name, "Forgetful", Role.EDITOR, GOOD);
        String newPassword = "a brand new passphrase";

        Document form = Pages.parse(
                mvc.get().uri("/admin/users/{u}/password", name).with(admin()).exchange());
        assertThat(form.select("h1").text()).isEqualTo("New password for " + name);

        Document refused = Pages.parse(mvc.post()
                .uri("/admin/users/{u}/password", name)
                .with(admin())
                .with(csrf())
                .header("Accept-Language", "fr")
                .param("password", "court")
                .param("repeat", "court")
                .exchange());
        assertThat(refused.select("#password-error").text())
                .isEqualTo("Le mot de passe doit compter de 12 à 128 caractères.");

        assertThat(mvc.post()
                        .uri("/admin/users/{u}/password", name)
                        .with(admin())
                        .with(csrf())
                        .param("password", newPassword)
                        .param("repeat", newPassword)
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("done", "account.flash.password");
        assertThat(encoder.matches(
                        newPassword,
                        repository.findByUsername(name).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownAccount() {
        assertThat(mvc.get()
                        .uri("/admin/users/{u}/password", "nobody-" + unique())
                        .with(admin())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/admin/users/{u}/enable", "nobody-" + unique())
                        .with(admin())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult create(
            String username, String displayName, String role, String password, String repeat, String language) {
        return mvc.post()
                .uri("/admin/users")
                .with(admin())
                .with(csrf())
                .header("Accept-Language", language)
                .param("username", username)
                .param("displayName", displayName)
                .param("role", role)
                .param("password", password)
                .param("repeat", repeat)
                .exchange();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("boss").roles("ADMIN");
    }
}
