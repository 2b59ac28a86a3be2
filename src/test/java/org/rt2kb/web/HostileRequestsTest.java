package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.security.AccountService;
import org.rt2kb.security.Role;
import org.rt2kb.support.RawHttp;
import org.rt2kb.support.ServedSession;
import org.rt2kb.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The malformed requests that once got a 500, sent over a real socket so that the servlet container decodes them as
 * it would for any client: each gets its 4xx, a page or a problem document in the reader's language, never a trace.
 */
@ServerTest
class HostileRequestsTest {

    private static final String FRENCH = "Accept-Language: fr";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void shouldAnswerUndecodableQueriesOfPagesWithTheBadRequestPage() throws Exception {
        for (String path : new String[] {
            "/practices?page=%ff", "/search?q=%00%ff", "/themes?=x", "/dossier?items=%ff", "/export/search.docx?q=%ff"
        }) {
            RawHttp.Response response = send(RawHttp.get(path, null, FRENCH));

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(heading(response)).as(path).isEqualTo("Cette requête n’a pas pu être comprise");
            assertWhole(response);
        }
    }

    @Test
    void shouldAnswerUndecodableQueriesOfTheApiWithAProblemDocument() throws Exception {
        for (String path : new String[] {"/api/practices?page=%g0", "/api/themes?=x", "/api/search?q=%ff"}) {
            RawHttp.Response response = send(RawHttp.get(path, null, FRENCH));

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.body()).contains("\"title\":\"Requête invalide\"", "\"status\":400");
        }
    }

    @Test
    void shouldKeepTheDossiersButtonOnThisSiteAndRefuseAMalformedItem() throws Exception {
        byte[] form = "item=instrument%3Ac189&back=%2F%2Fevil.example%2F".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response kept = send(RawHttp.post(
                "/dossier/items", null, "application/x-www-form-urlencoded", form, "Accept: text/html", FRENCH));
        assertThat(kept.status()).isEqualTo(303);
        assertThat(kept.header("Location")).endsWith("/dossier").doesNotContain("evil");

        RawHttp.Response malformed = send(RawHttp.get("/dossier?items=treaty%3Ac189", null, FRENCH));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(Jsoup.parse(malformed.body()).text()).contains("« treaty:c189 » n’est pas un élément de dossier");
        assertWhole(malformed);
    }

    @Test
    void shouldIgnoreASpoiltLanguageCookie() throws Exception {
        for (String cookie : new String[] {"kb-lang=\"fr\"", "kb-lang=%ff", "kb-lang=", "kb-lang=de"}) {
            RawHttp.Response response = send(RawHttp.get("/", null, "Cookie: " + cookie));

            assertThat(response.status()).as(cookie).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select("html").attr("lang"))
                    .as(cookie)
                    .isEqualTo("en");
        }
    }

    @Test
    void shouldRefuseAMultipartBodyWithoutBoundaryAndAFormOverTheLimit() throws Exception {
        RawHttp.Response noBoundary = send(
                RawHttp.post("/suggest", null, "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8), FRENCH));
        assertThat(noBoundary.status()).isEqualTo(400);
        assertWhole(noBoundary);

        byte[] large = ("title=" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        RawHttp.Response tooLarge =
                send(RawHttp.post("/suggest", null, "application/x-www-form-urlencoded", large, FRENCH));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(heading(tooLarge)).isEqualTo("Ce que vous avez envoyé est trop volumineux");
    }

    @Test
    void shouldRefuseWhatTheFirewallRejectsAsABadRequest() throws Exception {
        RawHttp.Response response = send(RawHttp.get("/practices?a%0ab=1", null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(heading(response)).isEqualTo("This request could not be understood");
    }

    @Test
    void shouldShowNothingAtTheErrorAddressAskedForDirectly() throws Exception {
        RawHttp.Response page = send(RawHttp.get("/error", null));
        RawHttp.Response json = send(RawHttp.get("/error", null, "Accept: application/json"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(heading(page)).isEqualTo("This page does not exist");
        assertThat(json.status()).isEqualTo(404);
    }

    @Test
    void shouldAnswerAMethodARouteDoesNotTakeWith405() throws Exception {
        ServedSession admin = ServedSession.signIn(port, accounts, Role.ADMIN);

        RawHttp.Response response = send(RawHttp.get("/admin/import", admin.cookie(), FRENCH));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("POST");
        assertThat(heading(response)).isEqualTo("Cette adresse n’accepte pas ce type de requête");
    }

    @Test
    void shouldBuildALongQuerysPageFromTheParametersItKnowsOnly() throws Exception {
        RawHttp.Response plain = send(RawHttp.get("/login", null));
        RawHttp.Response padded = send(RawHttp.get("/login?x=" + "a".repeat(6_000), null));

        assertThat(padded.status()).isEqualTo(200);
        assertWhole(padded);
        assertThat(padded.body().length()).isLessThan(plain.body().length() + 200);
        Document page = Jsoup.parse(padded.body());
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/login");
        assertThat(page.select("input[name=_csrf]").val()).isNotBlank();
        assertThat(padded.header("Set-Cookie")).contains("kb-session=");
    }

    @Test
    void shouldKeepAListsKnownFiltersInItsAddressesAndDropTheRest() throws Exception {
        RawHttp.Response response = send(RawHttp.get("/practices?scope=national&junk=" + "j".repeat(500), null));

        Document page = Jsoup.parse(response.body());
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/practices?scope=national");
        assertThat(page.select("a[hreflang=fr]").attr("href")).isEqualTo("/practices?scope=national&lang=fr");
    }

    private RawHttp.Response send(RawHttp.Request request) throws Exception {
        RawHttp.Response response = RawHttp.send(port, request);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
        return response;
    }

    private static String heading(RawHttp.Response response) {
        return Jsoup.parse(response.body()).select("h1").text();
    }

    private static void assertWhole(RawHttp.Response response) {
        assertThat(response.complete()).isTrue();
        assertThat(response.body().stripTrailing()).endsWith("</html>");
    }
}
