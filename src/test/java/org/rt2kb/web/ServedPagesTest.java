package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the served application answers outside any controller: unknown addresses and static assets. */
@ServerTest
class ServedPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerAnUnknownAddressWithTheNotFoundPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> response = get("/nowhere", "fr");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Cette page n’existe pas");
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("a[hreflang=en]").attr("href")).isEqualTo("/nowhere?lang=en");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void shouldAnswerAnUnknownApiAddressWithAProblemDocument() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/nowhere"))
                        .header("Accept-Language", "fr")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("Il n’y a rien à l’adresse « /api/nowhere ».")
                .doesNotContain("Exception", "<html");
    }

    @Test
    void shouldServeAssetsUnderContentHashedNamesCachedForAYear() throws Exception {
        Document home = Jsoup.parse(get("/", "en").body());
        String stylesheet = home.select("link[rel=stylesheet]").first().attr("href");

        assertThat(stylesheet).matches("/assets/css/site-[0-9a-f]{32}\\.css");
        HttpResponse<String> css = get(stylesheet, "en");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept-Language", language)
                        .header("Accept", "text/html,*/*;q=0.8")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
