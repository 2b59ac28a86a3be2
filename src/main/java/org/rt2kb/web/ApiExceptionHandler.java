package org.rt2kb.web;

import java.util.Locale;
import org.rt2kb.shared.EntryNotFoundException;
import org.rt2kb.shared.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failed API request with an RFC 9457 problem document in the user's language: 404 for an unknown
 * slug, 400 naming the parameter for a bad filter or page value, and never a stack trace. Pages have their own
 * handler, {@link PageExceptionHandler}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler
    ProblemDetail notFound(EntryNotFoundException ex, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, locale, "error.notFound." + ex.type().code(), ex.slug());
        problem.setProperty("slug", ex.slug());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException ex, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, locale, ex.messageKey(), ex.arguments());
        problem.setProperty("parameter", ex.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception ex, Locale locale) {
        log.error("Request failed", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, locale, "error.unexpected");
    }

    /** Spring MVC's own errors (unknown path, wrong method, …) keep their status, with a localized title. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(title(status, LocaleContextHolder.getLocale()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ProblemDetail problem(HttpStatus status, Locale locale, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
        problem.setTitle(title(status, locale));
        return problem;
    }

    private String title(HttpStatusCode status, Locale locale) {
        return messages.getMessage("error.status." + status.value(), null,
                HttpStatus.resolve(status.value()) == null ? "" : HttpStatus.resolve(status.value()).getReasonPhrase(),
                locale);
    }
}
