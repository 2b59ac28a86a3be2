package org.rt2kb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rt2kb.security.AccountService;
import org.rt2kb.security.Role;

/**
 * A member of the secretariat signed in to the served application through its sign-in form, as a browser does: the
 * session cookie and a token for its forms, for tests that speak {@link RawHttp}.
 */
public record ServedSession(String cookie, String csrf) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("kb-session=([^;]+)");
    private static final String PASSWORD = "served session password";

    /** Creates an account with {@code role} and signs it in. */
    public static ServedSession signIn(int port, AccountService accounts, Role role) throws IOException {
        String name = "s-" + System.nanoTime();
        accounts.create(name, "Served session " + name, role, PASSWORD);
        return signIn(port, name, PASSWORD);
    }

    /** Signs an existing account in. */
    public static ServedSession signIn(int port, String name, String password) throws IOException {
        RawHttp.Response signedIn = sendSignIn(port, name, password);
        assertThat(signedIn.header("Location")).endsWith("/admin");
        String session = first(SESSION, signedIn.header("Set-Cookie"));
        RawHttp.Response page = RawHttp.send(port, RawHttp.get("/admin", session));
        assertThat(page.status()).isEqualTo(200);
        return new ServedSession(session, first(CSRF, page.body()));
    }

    /** Sends the sign-in form as a browser does, from a session of its own, and gives the answer. */
    public static RawHttp.Response sendSignIn(int port, String name, String password) throws IOException {
        RawHttp.Response login = RawHttp.send(port, RawHttp.get("/login", null));
        String body = "username=" + name + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + first(CSRF, login.body());
        return RawHttp.send(
                port,
                RawHttp.post(
                        "/login",
                        first(SESSION, login.header("Set-Cookie")),
                        "application/x-www-form-urlencoded",
                        body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The session cookie and form token of a public page that has a form. */
    public static ServedSession visit(int port, String path) throws IOException {
        RawHttp.Response page = RawHttp.send(port, RawHttp.get(path, null));
        return new ServedSession(first(SESSION, page.header("Set-Cookie")), first(CSRF, page.body()));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text == null ? "" : text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
