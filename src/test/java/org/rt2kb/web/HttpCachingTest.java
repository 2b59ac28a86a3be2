package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rt2kb.security.AccountService;
import org.rt2kb.security.Role;
import org.rt2kb.support.RawHttp;
import org.rt2kb.support.ServedSession;
import org.rt2kb.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HTTP as it is meant to be used: anonymous pages and API answers carry a validator and may be cached a minute, an
 * unchanged one costs a 304, a change of the catalogue or of language gives a new one, text is compressed, and
 * nothing personal is ever cached.
 */
@ServerTest
class HttpCachingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldValidateAnUnchangedPageWithA304AndCacheItPublicly() throws Exception {
        for (String path : new String[] {"/practices?theme=health", "/api/practices", "/instruments/c189"}) {
            HttpResponse<String> first = get(path, "en", null);
            String etag = first.headers().firstValue("ETag").orElseThrow();

            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).hasValue(PublicPageCache.CACHE_CONTROL);
            assertThat(first.headers().firstValue("Vary").orElseThrow()).contains("Accept-Language", "Cookie");
            HttpResponse<String> again = get(path, "en", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(get(path, "fr", etag).statusCode())
                    .as("another language")
                    .isEqualTo(200);
        }
    }

    @Test
    void shouldServeAKeptPageWithTheHeadersItWasRenderedWithAndNothingElse() throws Exception {
        String path = "/themes/health";
        HttpResponse<String> rendered = get(path, "fr", null);
        HttpResponse<String> kept = get(path, "fr", null);

        assertThat(kept.body()).isEqualTo(rendered.body());
        for (String header :
                new String[] {"Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"
                }) {
            assertThat(kept.headers().allValues(header))
                    .as(header)
                    .isNotEmpty()
                    .isEqualTo(rendered.headers().allValues(header));
        }
        for (HttpResponse<String> response : List.of(rendered, kept)) {
            assertThat(response.headers().allValues("Cache-Control")).containsExactly(PublicPageCache.CACHE_CONTROL);
            assertThat(response.headers().firstValue("Pragma")).isEmpty();
            assertThat(response.headers().firstValue("Expires")).isEmpty();
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void shouldNeverServeAPageRenderedForAnotherHost() throws Exception {
        RawHttp.Request forged = new RawHttp.Request(
                "GET /robots.txt HTTP/1.1\r\nHost: forged.example\r\nConnection: close", new byte[0]);

        assertThat(RawHttp.send(port, forged).body()).contains("Sitemap: http://forged.example/sitemap.xml");
        assertThat(RawHttp.send(port, RawHttp.get("/robots.txt", null)).body())
                .contains("Sitemap: http://localhost/sitemap.xml")
                .doesNotContain("forged");
    }

    @Test
    void shouldGiveANewValidatorOnceTheCatalogueChanges() throws Exception {
        String before = get("/themes", "en", null).headers().firstValue("ETag").orElseThrow();

        jdbc.sql("update practice_group set title = title where id = (select min(id) from practice_group)")
                .update();

        HttpResponse<String> after = get("/themes", "en", before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(before);
    }

    @Test
    void shouldNeitherKeepNorValidateAPageWhileTheIndexTakesAChangeIn() throws Exception {
        // A change the search index has not taken in yet, as OpenSearch's outbox holds it for a moment after a commit.
        jdbc.sql("""
                        insert into hsearch_outbox_event
                            (id, entity_name, entity_id, entity_id_hash, payload, retries, process_after, status)
                        values (gen_random_uuid(), 'Practice', '1', 1, '\\x00', 0, now(), 'PENDING')""").update();
        try {
            HttpResponse<String> meanwhile = get("/themes", "en", null);
            assertThat(meanwhile.statusCode()).isEqualTo(200);
            assertThat(meanwhile.headers().firstValue("ETag")).isEmpty();
            assertThat(meanwhile.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value).doesNotContain("public"));
        } finally {
            jdbc.sql("delete from hsearch_outbox_event").update();
        }
        assertThat(get("/themes", "en", null).headers().firstValue("ETag")).isPresent();
    }

    @Test
    void shouldCompressPagesApiAnswersAndAssets() throws Exception {
        String stylesheet = org.jsoup.Jsoup.parse(get("/", "en", null).body())
                .select("link[rel=stylesheet]")
                .first()
                .attr("href");
        for (String path : new String[] {"/practices", "/practices", "/api/instruments", stylesheet}) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(path)
                    .hasValue("gzip");
            assertThat(response.body()[0] & 0xff).isEqualTo(0x1f);
        }
    }

    @Test
    void shouldNeverCacheWhatIsPersonalOrAForm() throws Exception {
        ServedSession editor = ServedSession.signIn(port, accounts, Role.EDITOR);

        RawHttp.Response signedIn = RawHttp.send(port, RawHttp.get("/practices", editor.cookie()));
        RawHttp.Response form = RawHttp.send(port, RawHttp.get("/suggest", null));
        RawHttp.Response admin = RawHttp.send(port, RawHttp.get("/admin", editor.cookie()));

        for (RawHttp.Response response : new RawHttp.Response[] {signedIn, form, admin}) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("ETag")).isNull();
            assertThat(response.header("Cache-Control")).contains("no-store");
        }
    }

    private HttpResponse<String> get(String path, String language, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", language);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
