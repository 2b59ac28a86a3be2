package org.rt2kb.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rt2kb.security.FirstAdmin.Outcome;
import org.rt2kb.shared.KbProperties.Admin;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator, from KB_ADMIN_USER and KB_ADMIN_PASSWORD. Each test empties the account table inside its
 * own transaction, rolled back at the end, so the other tests' accounts are untouched.
 */
@CatalogueTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    @Autowired
    FirstAdmin firstAdmin;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountService service;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void noAccount() {
        accounts.deleteAllInBatch();
    }

    @Test
    void shouldCreateTheFirstAdministratorWhenThereIsNoAccount(CapturedOutput output) {
        Outcome outcome = firstAdmin.create(new Admin("Secretariat", "a long first passphrase"));

        assertThat(outcome).isEqualTo(Outcome.CREATED);
        Account admin = accounts.findByUsername("secretariat").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(encoder.matches("a long first passphrase", admin.getPasswordHash()))
                .isTrue();
        assertThat(output).contains("First administrator secretariat created").doesNotContain("a long first");
    }

    @Test
    void shouldLeaveExistingAccountsAlone() {
        service.create("someone", "Someone", Role.EDITOR, "a long enough password");

        assertThat(firstAdmin.create(new Admin("secretariat", "a long first passphrase")))
                .isEqualTo(Outcome.ACCOUNTS_EXIST);
        assertThat(accounts.findByUsername("secretariat")).isEmpty();
    }

    @Test
    void shouldSayHowToCreateTheFirstAdministratorWhenTheVariablesAreMissing(CapturedOutput output) {
        assertThat(firstAdmin.create(new Admin("", ""))).isEqualTo(Outcome.NOT_CONFIGURED);
        assertThat(firstAdmin.create(new Admin("secretariat", null))).isEqualTo(Outcome.NOT_CONFIGURED);

        assertThat(accounts.count()).isZero();
        assertThat(output).contains("There is no account yet", "KB_ADMIN_USER", "KB_ADMIN_PASSWORD");
    }

    @Test
    void shouldRefuseAPasswordThatBreaksThePolicyWithoutFailing(CapturedOutput output) {
        assertThat(firstAdmin.create(new Admin("secretariat", "short"))).isEqualTo(Outcome.REJECTED);
        assertThat(firstAdmin.create(new Admin("secretariat", "secretariat-2024!")))
                .isEqualTo(Outcome.REJECTED);
        assertThat(firstAdmin.create(new Admin("no spaces allowed", "a long first passphrase")))
                .isEqualTo(Outcome.REJECTED);

        assertThat(accounts.count()).isZero();
        assertThat(output)
                .contains(
                        "KB_ADMIN_PASSWORD must be 12 to 128 characters long",
                        "KB_ADMIN_PASSWORD must not contain the username",
                        "KB_ADMIN_USER must be 3 to 60 characters")
                .doesNotContain("secretariat-2024!");
    }

    @Test
    void shouldNeverShowThePasswordOfTheSettings() {
        assertThat(new Admin("secretariat", "a long first passphrase").toString())
                .doesNotContain("passphrase");
    }
}
