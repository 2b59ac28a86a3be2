package org.rt2kb.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Short helpers for the JSON API tests. */
public final class ApiAssertions {

    private ApiAssertions() {}

    public static MvcTestResult get(MockMvcTester mvc, String uri) {
        return mvc.get().uri(uri).exchange();
    }

    public static MvcTestResult getInFrench(MockMvcTester mvc, String uri) {
        return mvc.get().uri(uri).header("Accept-Language", "fr").exchange();
    }

    /** The JSON body of a 200 answer. */
    public static String body(MockMvcTester mvc, String uri) throws Exception {
        MvcTestResult result = get(mvc, uri);
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * The slugs of a whole list read with cursors, {@code size} at a time from {@code uri} (which has a query), each
     * slice after the first telling no page number.
     */
    public static List<String> slugsReadOn(MockMvcTester mvc, String uri, int size) throws Exception {
        List<String> slugs = new ArrayList<>();
        String next = null;
        do {
            String slice = body(mvc, uri + "&size=" + size + (next == null ? "" : "&after=" + next));
            slugs.addAll(JsonPath.read(slice, "$.items[*].slug"));
            assertThat(JsonPath.<Integer>read(slice, "$.total")).isGreaterThanOrEqualTo(slugs.size());
            assertThat(JsonPath.<Integer>read(slice, "$.page")).isEqualTo(next == null ? 0 : null);
            next = JsonPath.read(slice, "$.next");
        } while (next != null);
        return slugs;
    }
}
