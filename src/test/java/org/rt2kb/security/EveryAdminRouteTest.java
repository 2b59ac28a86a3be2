package org.rt2kb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps under {@code /admin}, read from Spring MVC itself so a new page cannot be forgotten:
 * an anonymous visitor is sent to the sign-in page for each page and refused each form, with or without a token.
 */
@CatalogueTest
class EveryAdminRouteTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void shouldSendAnonymousVisitorsOfEveryAdminPageToSignInAndRefuseEveryAdminPost() {
        Set<String> gets = routes(RequestMethod.GET);
        Set<String> posts = routes(RequestMethod.POST);
        assertThat(gets)
                .contains(
                        "/admin",
                        "/admin/practices/1",
                        "/admin/entries/1/history",
                        "/admin/users",
                        "/admin/concepts/1",
                        "/admin/reference/x");
        assertThat(posts).contains("/admin/practices/1", "/admin/entries/1/purge", "/admin/users");

        for (String page : gets) {
            MvcTestResult result = mvc.get().uri(page).exchange();
            assertThat(result).as(page).hasStatus(HttpStatus.FOUND);
            assertThat(result.getResponse().getRedirectedUrl()).as(page).endsWith("/login");
        }
        for (String form : posts) {
            assertThat(mvc.post().uri(form).with(csrf()).exchange()).as(form).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri(form).exchange()).as(form).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    /** The admin routes answering the method, with a sample value for each path variable. */
    private Set<String> routes(RequestMethod method) {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(method)) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/admin")) {
                        routes.add(sample(pattern));
                    }
                }
            }
        });
        return routes;
    }

    private static String sample(String pattern) {
        String path = pattern;
        for (String variable : List.of("id", "linkId", "noteId", "number")) {
            path = path.replace("{" + variable + "}", "1");
        }
        return path.replaceAll("\\{[^}]*}", "x");
    }
}
