package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address no controller serves: under {@code /api/} a problem document like every other API error; elsewhere the
 * exception goes on to the servlet container's error page, the 404 page in the reader's language.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddressHandler {

    private final MessageSource messages;

    UnknownAddressHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ProblemDetail unknownAddress(Exception ex, HttpServletRequest request, Locale locale) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw ex;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("error.notFound.address", new Object[] {request.getRequestURI()}, locale));
        problem.setTitle(messages.getMessage("error.status.404", null, locale));
        return problem;
    }
}
