package org.rt2kb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Fetches pages through MockMvc and parses them, to assert on what a reader sees. */
public final class Pages {

    private Pages() {}

    /** The page at {@code uri}, in English, checked to answer 200. */
    public static Document page(MockMvcTester mvc, String uri) {
        return page(mvc, uri, "en", HttpStatus.OK);
    }

    /** The page at {@code uri} for a browser asking for {@code language}, checked to answer {@code status}. */
    public static Document page(MockMvcTester mvc, String uri, String language, HttpStatus status) {
        MvcTestResult result =
                mvc.get().uri(uri).header("Accept-Language", language).exchange();
        assertThat(result).as(uri).hasStatus(status);
        assertThat(result.getResponse().getContentType()).as(uri).startsWith("text/html");
        return parse(result);
    }

    public static Document parse(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "http://localhost/");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
