package org.rt2kb.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a reader downloads for the home page, as the server sends it (compressed) on a real port: the page with its
 * inline map and charts, its stylesheets and its image. The figure is written in docs/pages.md.
 */
@ServerTest
class PageWeightTest {

    /** The most the home page may weigh, compressed: HTML, CSS and SVG. */
    private static final long MOST = 150 * 1024;

    @LocalServerPort
    int port;

    @Test
    void shouldKeepTheHomePageUnder150KilobytesCompressed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long total = 0;
        for (String path :
                List.of("/?lang=fr", "/assets/css/site.css", "/assets/css/print.css", "/assets/img/logo.svg")) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            if (response.body().length > 1024) {
                assertThat(response.headers().firstValue("Content-Encoding"))
                        .as(path)
                        .hasValue("gzip");
            }
            System.out.printf("page weight: %s %,d bytes compressed%n", path, response.body().length);
            total += response.body().length;
        }
        System.out.printf("page weight: home page in all %,d bytes compressed%n", total);
        assertThat(total).isLessThan(MOST);
    }
}
