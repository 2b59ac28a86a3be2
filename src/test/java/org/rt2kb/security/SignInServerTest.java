package org.rt2kb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.security.AdminAccessTest.unique;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out as a browser does, against the served application, with its cookies and error pages. */
@ServerTest
class SignInServerTest {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void shouldSignInWithTheFormAndGetANewSessionId() throws Exception {
        Browser browser = new Browser();
        String name = account(Role.ADMIN);

        Document login = browser.page("/login", "en");
        String before = browser.session();
        assertThat(before).isNotNull();
        HttpResponse<String> signedIn = browser.post(
                "/login",
                Map.of(
                        "username",
                        name,
                        "password",
                        PASSWORD,
                        "_csrf",
                        login.select("input[name=_csrf]").val()));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(browser.session()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/admin/users", "en").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAnEditorOnAnAdministratorsPageWithTheForbiddenPageInTheirLanguage() throws Exception {
        Browser browser = new Browser();
        browser.signIn(account(Role.EDITOR));

        HttpResponse<String> response = browser.get("/admin/users", "fr");

        assertThat(response.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Vous ne pouvez pas ouvrir cette page");
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("a.admin-link")).hasSize(1);
        assertThat(response.body()).doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void shouldSignOutAndThenNeedToSignInAgain() throws Exception {
        Browser browser = new Browser();
        browser.signIn(account(Role.ADMIN));
        Document users = Jsoup.parse(browser.get("/admin/users", "en").body());

        HttpResponse<String> out = browser.post(
                "/logout",
                Map.of(
                        "_csrf",
                        users.select("form.admin-user input[name=_csrf]").val()));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/?logout"));
        HttpResponse<String> after = browser.get("/admin/users", "en");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void shouldEndTheSessionsOfAnAccountWhenItIsDisabled() throws Exception {
        Browser browser = new Browser();
        String name = account(Role.ADMIN);
        browser.signIn(name);
        assertThat(browser.get("/admin/users", "en").statusCode()).isEqualTo(200);

        accounts.disable(name);

        HttpResponse<String> after = browser.get("/admin/users", "en");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    }

    private String account(Role role) {
        String name = unique();
        accounts.create(name, "Staff " + name, role, PASSWORD);
        return name;
    }

    /** A browser that keeps its cookies and does not follow redirects. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(cookies).build();

        Document page(String path, String language) throws Exception {
            HttpResponse<String> response = get(path, language);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return Jsoup.parse(response.body());
        }

        HttpResponse<String> get(String path, String language) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept-Language", language)
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String username) throws Exception {
            Document login = page("/login", "en");
            HttpResponse<String> response = post(
                    "/login",
                    Map.of(
                            "username",
                            username,
                            "password",
                            PASSWORD,
                            "_csrf",
                            login.select("input[name=_csrf]").val()));
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("kb-session"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
