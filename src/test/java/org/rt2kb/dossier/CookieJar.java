package org.rt2kb.dossier;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Set;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser's session cookie across MockMvc requests: kept from each answer, sent with each request. (Spring
 * Session reads its cookie, not MockMvc's session; without a servlet container, it keeps its default name.)
 */
class CookieJar implements RequestPostProcessor {

    private static final Set<String> SESSION = Set.of("kb-session", "SESSION");
    private Cookie cookie;

    MvcTestResult keep(MvcTestResult result) {
        Arrays.stream(result.getResponse().getCookies())
                .filter(set -> SESSION.contains(set.getName()))
                .findFirst()
                .ifPresent(set -> cookie = set);
        return result;
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            request.setCookies(cookie);
        }
        return request;
    }
}
