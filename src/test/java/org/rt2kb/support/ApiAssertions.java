package org.rt2kb.support;

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
}
