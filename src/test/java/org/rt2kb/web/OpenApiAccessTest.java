package org.rt2kb.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rt2kb.support.RawHttp;
import org.rt2kb.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public JSON API is open to pages of other sites for reading, and nothing else is. */
@ServerTest
class OpenApiAccessTest {

    private static final String ORIGIN = "Origin: https://notebook.example";

    @LocalServerPort
    int port;

    @Test
    void shouldLetAnySiteReadTheApiWhetherTheAnswerIsRenderedOrKept() throws Exception {
        RawHttp.Response rendered = RawHttp.send(port, RawHttp.get("/api/instruments?size=2", null, ORIGIN));
        RawHttp.Response kept = RawHttp.send(port, RawHttp.get("/api/instruments?size=2", null, ORIGIN));
        RawHttp.Response withoutOrigin = RawHttp.send(port, RawHttp.get("/api/instruments?size=2", null));

        for (RawHttp.Response response : new RawHttp.Response[] {rendered, kept, withoutOrigin}) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        }
        assertThat(rendered.header("Access-Control-Expose-Headers")).isEqualTo("ETag");
        assertThat(kept.header("Link")).isEqualTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
    }

    @Test
    void shouldAnswerABrowsersPreflightForAReadOnly() throws Exception {
        RawHttp.Response read = preflight("GET\r\nAccess-Control-Request-Headers: accept");
        RawHttp.Response write = preflight("POST");

        assertThat(read.status()).isEqualTo(204);
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(read.header("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD");
        assertThat(write.header("Access-Control-Allow-Origin")).isNull();
    }

    private RawHttp.Response preflight(String method) throws Exception {
        String head = "OPTIONS /api/practices HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + ORIGIN
                + "\r\nAccess-Control-Request-Method: " + method;
        return RawHttp.send(port, new RawHttp.Request(head, new byte[0]));
    }

    @Test
    void shouldOpenNothingButTheApi() throws Exception {
        for (String path : new String[] {"/practices", "/admin", "/export/practices.csv", "/sitemap.xml"}) {
            RawHttp.Response response = RawHttp.send(port, RawHttp.get(path, null, ORIGIN));

            assertThat(response.header("Access-Control-Allow-Origin")).as(path).isNull();
        }
    }
}
