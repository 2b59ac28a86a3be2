package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.rt2kb.shared.Languages;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * English, French or Spanish: the language last chosen with {@code ?lang=}, remembered in a cookie, or else the best match
 * of the browser's Accept-Language, or else English. A request for any other language leaves the choice unchanged.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final String COOKIE = "kb-lang";

    LanguageResolver() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(LanguageResolver::fromBrowser);
        // A cookie spoilt by hand or by another site is ignored, not a failed page.
        setRejectInvalidCookies(false);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = supported(locale);
        if (locale == null || supported != null) {
            super.setLocale(request, response, supported);
        }
    }

    @Override
    protected Locale parseLocaleValue(String value) {
        Locale parsed = super.parseLocaleValue(value);
        return parsed == null ? null : supported(parsed);
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale supported = supported(wanted);
            if (supported != null) {
                return supported;
            }
        }
        return Locale.ENGLISH;
    }

    private static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return Languages.ALL.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(null);
    }
}
