package org.rt2kb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.rt2kb.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Who reaches the admin area, and the headers every answer carries. */
@CatalogueTest
class AdminAccessTest {

    private static final List<String> ADMIN_PAGES = List.of(
            "/admin",
            "/admin/",
            "/admin/users",
            "/admin/users/new",
            "/admin/practices",
            "/admin/review",
            "/admin/reindex",
            "/admin/import",
            "/admin/transfer",
            "/admin/anything/at/all");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Test
    void shouldSendAnonymousVisitorsOfEveryAdminPageToTheLoginPage() {
        for (String page : ADMIN_PAGES) {
            MvcTestResult result = mvc.get().uri(page).exchange();
            assertThat(result).as(page).hasStatus(HttpStatus.FOUND);
            assertThat(result.getResponse().getRedirectedUrl()).as(page).endsWith("/login");
        }
    }

    @Test
    void shouldRefuseAnonymousPostsToAdminPagesWithOrWithoutToken() {
        for (String page : List.of("/admin/users", "/admin/practices", "/admin/users/someone/disable")) {
            assertThat(mvc.post().uri(page).with(csrf()).exchange()).as(page).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri(page).exchange()).as(page).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void shouldRefuseEditorsTheAdministratorsPages() {
        for (String page : List.of("/admin/users", "/admin/users/new", "/admin/reindex", "/admin/import/x")) {
            assertThat(mvc.get()
                            .uri(page)
                            .with(user("an-editor").roles("EDITOR"))
                            .exchange())
                    .as(page)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        String name = unique();
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user("an-editor").roles("EDITOR"))
                        .with(csrf())
                        .param("username", name)
                        .param("displayName", "X")
                        .param("role", "ADMIN")
                        .param("password", "a long enough password")
                        .param("repeat", "a long enough password")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts.list()).noneMatch(a -> a.username().equals(name));
    }

    @Test
    void shouldLetEditorsAndAdministratorsThroughToTheEditorsPages() {
        for (String role : List.of("EDITOR", "ADMIN")) {
            MvcTestResult result = mvc.get()
                    .uri("/admin/practices")
                    .with(user("staff").roles(role))
                    .exchange();
            // The page itself belongs to the curation forms; here only the door matters.
            assertThat(result.getResponse().getStatus()).as(role).isNotIn(302, 403);
        }
        assertThat(mvc.get()
                        .uri("/admin/users")
                        .with(user("boss").roles("ADMIN"))
                        .exchange())
                .hasStatus(HttpStatus.OK);
    }

    @Test
    void shouldRefuseAPostWithoutCsrfTokenEvenFromAnAdministrator() {
        String name = unique();
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user("boss").roles("ADMIN"))
                        .param("username", name)
                        .param("displayName", "X")
                        .param("role", "EDITOR")
                        .param("password", "a long enough password")
                        .param("repeat", "a long enough password")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts.list()).noneMatch(a -> a.username().equals(name));
    }

    @Test
    void shouldKeepPublicPostsClosedExceptSuggestions() {
        assertThat(mvc.post().uri("/practices").with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/practices").with(csrf()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/suggest")
                        .with(csrf())
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isNotEqualTo(403);
    }

    @Test
    void shouldDenyActuatorEndpointsOtherThanHealthAndInfo() {
        assertThat(mvc.get().uri("/actuator/env").exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/actuator/env")
                        .with(user("boss").roles("ADMIN"))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatus(HttpStatus.OK);
    }

    @Test
    void shouldSendTheSecurityHeaders() {
        MvcTestResult result = mvc.get().uri("/").exchange();

        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(result.getResponse().getHeader("Strict-Transport-Security")).isNull(); // plain HTTP
    }

    @Test
    void shouldAskBrowsersForHttpsForAYearOnAllSubdomainsOverHttps() {
        MvcTestResult result = mvc.get().uri("https://localhost/").secure(true).exchange();

        assertThat(result.getResponse().getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void shouldShowTheAdminLinkToStaffOnlyAndKeepTheReadersSessionless() {
        MvcTestResult anonymous = mvc.get().uri("/").exchange();
        assertThat(Pages.parse(anonymous).select("a.admin-link")).isEmpty();
        assertThat(anonymous.getRequest().getSession(false)).isNull();
        assertThat(anonymous.getResponse().getCookies()).isEmpty();

        Document staff = Pages.parse(mvc.get()
                .uri("/")
                .with(user("ed").roles("EDITOR"))
                .header("Accept-Language", "fr")
                .exchange());
        assertThat(staff.select("a.admin-link").text()).isEqualTo("Administration");
        assertThat(staff.select("a.admin-link").attr("href")).isEqualTo("/admin");
    }

    @Test
    void shouldShowTheAdministratorsMenuAndWhoIsSignedIn() {
        accounts.create("nav-" + unique(), "Ada Admin", Role.ADMIN, "a long enough password");
        Document page = Pages.parse(mvc.get()
                .uri("/admin/users")
                .with(user("boss").roles("ADMIN"))
                .header("Accept-Language", "fr")
                .exchange());

        assertThat(page.select(".admin-nav a").eachAttr("href"))
                .containsExactly(
                        "/admin",
                        "/admin/review",
                        "/admin/practices",
                        "/admin/instruments",
                        "/admin/themes",
                        "/admin/concepts",
                        "/admin/reference",
                        "/admin/history",
                        "/admin/transfer",
                        "/admin/users",
                        "/admin/reindex");
        assertThat(page.select(".admin-user span").text()).isEqualTo("Connecté en tant que boss");
        assertThat(page.select("form.admin-user").attr("action")).isEqualTo("/logout");
        assertThat(page.select("form.admin-user input[name=_csrf]")).hasSize(1);
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    }

    static String unique() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
