package org.rt2kb.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.shared.Languages;
import org.rt2kb.shared.facet.ListState;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every rendered page its addresses: the canonical one (absolute, without the language choice) and one per
 * language for the language switch and the {@code hreflang} alternates. They are built from what the page
 * understood, never by copying the request's query: a list page's state as it read it ({@link ListState}), otherwise
 * the bare path. An error page keeps the path that failed.
 */
class PageAddresses implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        UriComponentsBuilder here = UriComponentsBuilder.fromUriString(address(request, page));
        String origin = SiteOrigin.of(request);
        page.addObject("origin", origin);
        page.addObject("canonical", origin + here.build().toUriString());
        Map<String, String> languages = new LinkedHashMap<>();
        for (Locale language : Languages.ALL) {
            languages.put(
                    language.getLanguage(),
                    here.cloneBuilder()
                            .replaceQueryParam("lang", language.getLanguage())
                            .build()
                            .toUriString());
        }
        page.addObject("languages", languages);
    }

    private static String address(HttpServletRequest request, ModelAndView page) {
        String failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed != null) {
            return failed;
        }
        if (page.getModel().get(ListState.MODEL_ATTRIBUTE) instanceof ListState state) {
            return state.href();
        }
        return request.getRequestURI();
    }
}
