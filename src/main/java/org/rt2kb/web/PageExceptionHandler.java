package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.rt2kb.shared.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failed pages answer with the error page in the reader's language and the status the failure deserves
 * ({@link ErrorStatus}): 404 for an unknown entry, 400 for a request the page cannot read, 503 while the database is
 * away, and 500 without any detail for what should never happen. API requests are answered by
 * {@link ApiExceptionHandler}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
// Before UnknownAddressHandler, which also applies to every controller but is meant for requests without one.
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final ErrorStatus errorStatus;
    private final MessageSource messages;

    PageExceptionHandler(ErrorStatus errorStatus, MessageSource messages) {
        this.errorStatus = errorStatus;
        this.messages = messages;
    }

    @ExceptionHandler
    ModelAndView failed(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // Spring Security answers these: the sign-in page, or 403 and the error page
        }
        HttpStatusCode status = errorStatus.of(ex);
        ErrorStatus.log(log, status, request, ex);
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof ErrorResponse framework) {
            headers.addAll(framework.getHeaders()); // such as Allow, for a method the page does not take
        }
        ErrorResponses.addHeaders(status, headers);
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        ModelAndView page = ErrorResponses.page(status);
        if (ex instanceof InvalidParameterException invalid) {
            page.addObject("detail", messages.getMessage(invalid.messageKey(), invalid.arguments(), locale));
        }
        return page;
    }
}
