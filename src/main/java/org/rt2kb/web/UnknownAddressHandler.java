package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that failed before any controller was chosen: an address nothing serves, a method no route takes, a
 * multipart body that cannot be read. It is answered through the servlet container's error page,
 * {@link ErrorPageController}, which knows whether the reader wants a page or a problem document.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownAddressHandler {

    private static final Logger log = LoggerFactory.getLogger(UnknownAddressHandler.class);

    private final ErrorStatus errorStatus;

    UnknownAddressHandler(ErrorStatus errorStatus) {
        this.errorStatus = errorStatus;
    }

    @ExceptionHandler
    ModelAndView failedBeforeAController(Exception ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex;
        }
        HttpStatusCode status = errorStatus.of(ex);
        ErrorStatus.log(log, status, request, ex);
        if (ex instanceof ErrorResponse framework) {
            framework.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        response.sendError(status.value());
        return new ModelAndView();
    }
}
