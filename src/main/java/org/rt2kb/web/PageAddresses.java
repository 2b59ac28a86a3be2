package org.rt2kb.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every rendered page its addresses: the canonical one (absolute, without the language choice) and one per
 * language for the language switch and the {@code hreflang} alternates. An error page keeps the address that failed.
 */
class PageAddresses implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        String failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        UriComponentsBuilder here = failed != null
                ? UriComponentsBuilder.fromPath(failed)
                : UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).build().toUriString();
        page.addObject("canonical", origin + here.cloneBuilder().replaceQueryParam("lang").build().toUriString());
        Map<String, String> languages = new LinkedHashMap<>();
        for (Locale language : LanguageResolver.LANGUAGES) {
            languages.put(language.getLanguage(),
                    here.cloneBuilder().replaceQueryParam("lang", language.getLanguage()).build().toUriString());
        }
        page.addObject("languages", languages);
    }
}
