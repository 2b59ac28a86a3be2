package org.rt2kb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String PASSWORD = "served session password";

    /** Creates an account with {@code role} and signs it in. */
    public static ServedSession signIn(int port, AccountService accounts, Role role) throws IOException {
        String name = "s-" + System.nanoTime();
        accounts.create(name, "Served session " + name, role, PASSWORD);
        RawHttp.Response login = RawHttp.send(port, RawHttp.get("/login", null));
        String body =
                "username=" + name + "&password=" + PASSWORD.replace(' ', '+') + "&_csrf=" + first(CSRF, login.body());
        RawHttp.Response signedIn = RawHttp.send(
                port,
                RawHttp.post(
                        "/login",
                        first(SESSION, login.header("Set-Cookie")),
                        "application/x-www-form-urlencoded",
                        body.getBytes(StandardCharsets.UTF_8)));
        assertThat(signedIn.header("Location")).endsWith("/admin");
        String session = first(SESSION, signedIn.header("Set-Cookie"));
        RawHttp.Response page = RawHttp.send(port, RawHttp.get("/admin", session));
        assertThat(page.status()).isEqualTo(200);
        return new ServedSession(session, first(CSRF, page.body()));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text == null ? "" : text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
