package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.rt2kb.entry.EntryNotFoundException;
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
 * slug, 400 naming the parameter for a bad filter or page value, 503 while the database is away, and never a stack
 * trace. Pages have their own handler, {@link PageExceptionHandler}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ErrorResponses responses;
    private final ErrorStatus errorStatus;

    ApiExceptionHandler(ErrorResponses responses, ErrorStatus errorStatus, MessageSource messages) {
        this.responses = responses;
        this.errorStatus = errorStatus;
        setMessageSource(messages);
    }

    @ExceptionHandler
    ProblemDetail notFound(EntryNotFoundException ex, Locale locale) {
        ProblemDetail problem = responses.problem(
                HttpStatus.NOT_FOUND, locale, "error.notFound." + ex.type().code(), ex.slug());
        problem.setProperty("slug", ex.slug());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException ex, Locale locale) {
        ProblemDetail problem = responses.problem(HttpStatus.BAD_REQUEST, locale, ex.messageKey(), ex.arguments());
        problem.setProperty("parameter", ex.parameter());
        return problem;
    }

    /** Anything else: the client's error when it is one ({@link ErrorStatus}), otherwise ours. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> failed(Exception ex, HttpServletRequest request, Locale locale) {
        HttpStatusCode status = errorStatus.of(ex);
        ErrorStatus.log(log, status, request, ex);
        HttpHeaders headers = new HttpHeaders();
        ErrorResponses.addHeaders(status, headers);
        return ResponseEntity.status(status).headers(headers).body(responses.problem(status, locale));
    }

    /** Spring MVC's own errors (unknown path, wrong method, …) keep their status, with a localized title. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(responses.title(status, LocaleContextHolder.getLocale()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
