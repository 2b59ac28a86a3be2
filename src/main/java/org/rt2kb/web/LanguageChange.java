package org.rt2kb.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=en} or {@code ?lang=fr} on any page, error pages included. On the error page of a request whose query
 * could not be decoded, reading {@code lang} would fail again: the language already chosen stays.
 */
class LanguageChange extends LocaleChangeInterceptor {

    LanguageChange() {
        setParamName("lang");
        setIgnoreInvalidLocale(true);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws ServletException {
        try {
            return super.preHandle(request, response, handler);
        } catch (InvalidParameterException undecodable) {
            return true;
        }
    }
}
