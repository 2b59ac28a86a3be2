package org.rt2kb.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;

/** The two forms a failure takes, in the reader's language: the error page, and the API's problem document. */
class ErrorResponses {

    private final MessageSource messages;

    ErrorResponses(MessageSource messages) {
        this.messages = messages;
    }

    static ModelAndView page(HttpStatusCode status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("kind", ErrorKind.of(status).code());
        return page;
    }

    /** A problem document with the localized title of its status and the general advice for its kind. */
    ProblemDetail problem(HttpStatusCode status, Locale locale) {
        return problem(status, locale, "error.problem." + ErrorKind.of(status).code());
    }

    ProblemDetail problem(HttpStatusCode status, Locale locale, String detailKey, Object... arguments) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, arguments, locale));
        problem.setTitle(title(status, locale));
        return problem;
    }

    String title(HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return messages.getMessage(
                "error.status." + status.value(),
                null,
                messages.getMessage(
                        "error.status." + ErrorKind.of(status).code(),
                        null,
                        known == null ? "" : known.getReasonPhrase(),
                        locale),
                locale);
    }

    /** Headers a failure calls for: when to come back after a 503. */
    static void addHeaders(HttpStatusCode status, HttpHeaders headers) {
        if (ErrorKind.isUnavailable(status)) {
            headers.set(HttpHeaders.RETRY_AFTER, ErrorKind.RETRY_AFTER_SECONDS);
        }
    }
}
