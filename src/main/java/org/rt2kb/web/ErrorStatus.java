package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.rt2kb.database.DatabaseAvailability;
import org.rt2kb.entry.EntryNotFoundException;
import org.rt2kb.shared.InvalidParameterException;
import org.slf4j.Logger;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;

/**
 * The status a failed request deserves. What the client sent wrongly is a 4xx, whichever layer noticed it: Spring
 * MVC, the servlet container's parameter decoding, a multipart parser or the firewall. A database out of reach is
 * 503, and is marked so ({@link DatabaseAvailability}); so is a search cluster out of reach. Only the rest is a fault
 * of ours, 500.
 */
class ErrorStatus {

    private final ObjectProvider<DatabaseAvailability> database;

    ErrorStatus(ObjectProvider<DatabaseAvailability> database) {
        this.database = database;
    }

    HttpStatusCode of(Throwable failure) {
        DatabaseAvailability availability = database.getIfAvailable();
        if (availability != null && availability.noticeFailure(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            HttpStatusCode status = ownStatus(t);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static HttpStatusCode ownStatus(Throwable t) {
        if (t instanceof ErrorResponse response) {
            return response.getStatusCode(); // 400, 404, 405, 413, 415 … as Spring MVC decided
        }
        if (t instanceof org.apache.tomcat.util.http.InvalidParameterException undecodable) {
            return HttpStatus.valueOf(undecodable.getErrorCode()); // a bad query or body: 400, or 413 when too large
        }
        if (t instanceof EntryNotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (t instanceof ConnectException || t instanceof SocketTimeoutException) {
            return HttpStatus.SERVICE_UNAVAILABLE; // a service we call did not answer: the OpenSearch cluster
        }
        if (t instanceof InvalidParameterException
                || t instanceof TypeMismatchException
                || t instanceof MultipartException
                || t instanceof RequestRejectedException
                || t instanceof HttpMessageNotReadableException) {
            return HttpStatus.BAD_REQUEST;
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(t.getClass(), ResponseStatus.class);
        return annotated == null ? null : annotated.code();
    }

    /**
     * Logs a failed request: a fault of ours at ERROR with its stack trace, anything else in one line, since the
     * client's mistakes and a database being away are not bugs.
     */
    static void log(Logger log, HttpStatusCode status, HttpServletRequest request, Throwable failure) {
        String what = request.getMethod() + " " + printable(request.getRequestURI());
        if (status.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            log.error("{} failed", what, failure);
        } else if (status.is5xxServerError()) {
            log.warn("{} answered {}: {}", what, status.value(), printable(failure.getMessage()));
        } else if (status.value() == HttpStatus.NOT_FOUND.value()) {
            log.debug("{} answered 404", what);
        } else {
            log.info("{} answered {}: {}", what, status.value(), printable(failure.getMessage()));
        }
    }

    /** A client's text made safe for a log line: no line breaks or other control characters, and not too long. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
