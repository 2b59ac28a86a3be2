package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 503 a burst is turned away with, or a search while the index warms up, written straight from the filter: a short
 * page, or a problem document for the API, in the reader's language. It does not go through the error page and its
 * layout, because during a burst the refusals are most of the requests, and rendering each one would take the
 * processors from the requests let in.
 */
class BusyAnswer {

    enum Reason {
        /** A burst passes in a second or two; a client told to come back then usually finds room. */
        BURST("2", "unavailable"),
        /** A rebuild of the index after the start ({@link IndexWarmingUp}). */
        WARMING_UP(ErrorKind.RETRY_AFTER_SECONDS, "warming-up");

        final String retryAfterSeconds;
        /** The end of its message keys: {@code error.page.heading.…}, {@code error.page.text.…}, … */
        final String keySuffix;

        Reason(String retryAfterSeconds, String keySuffix) {
            this.retryAfterSeconds = retryAfterSeconds;
            this.keySuffix = keySuffix;
        }
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\
            <title>%s</title></head><body><main><h1>%s</h1><p>%s</p></main></body></html>
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LocaleResolver locales;
    private final MessageSource messages;

    BusyAnswer(LocaleResolver locales, MessageSource messages) {
        this.locales = locales;
        this.messages = messages;
    }

    void send(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, reason.retryAfterSeconds);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", messages.getMessage("error.status.503", null, locale));
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", messages.getMessage("error.problem." + reason.keySuffix, null, locale));
            response.setContentType("application/problem+json");
            response.getWriter().write(JSON.writeValueAsString(problem));
        } else {
            String heading = HtmlUtils.htmlEscape(
                    messages.getMessage("error.page.heading." + reason.keySuffix, null, locale), "UTF-8");
            String text = HtmlUtils.htmlEscape(
                    messages.getMessage("error.page.text." + reason.keySuffix, null, locale), "UTF-8");
            response.setContentType("text/html");
            response.getWriter().write(PAGE.formatted(locale.getLanguage(), heading, heading, text));
        }
    }
}
