package org.rt2kb.web;

import org.rt2kb.shared.EntryNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failed pages answer with the error page in the reader's language: 404 for an unknown entry, and 500 without any
 * detail for what should never happen. API requests are answered by {@link ApiExceptionHandler}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler
    ModelAndView notFound(EntryNotFoundException ex) {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    /** A page that answers with a status of its own, such as 404 for an unknown country. */
    @ExceptionHandler
    ModelAndView status(ResponseStatusException ex) {
        return errorPage(HttpStatus.valueOf(ex.getStatusCode().value()));
    }

    /** A parameter of the wrong kind, such as a word where a number belongs, in a form or an address. */
    @ExceptionHandler
    ModelAndView badParameter(TypeMismatchException ex) {
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler
    ModelAndView unexpected(Exception ex) throws Exception {
        if (ex instanceof ErrorResponse || AnnotatedElementUtils.hasAnnotation(ex.getClass(), ResponseStatus.class)) {
            throw ex; // Spring MVC's own errors keep their status and reach the error page through /error
        }
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // Spring Security answers these: the sign-in page, or 403 and the error page
        }
        log.error("Page failed", ex);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView errorPage(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
