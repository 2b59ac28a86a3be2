package org.rt2kb.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decodes the request's parameters first, so that a query or form body the servlet container cannot decode (a bad
 * escape, bytes that are not UTF-8, an empty parameter name, a form over the size limit) is refused as the client's
 * error, 400 or 413, before a filter, the firewall or a page trips over it. Multipart bodies are left to Spring MVC,
 * which reads them with its own limits and messages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestParametersFilter.class);

    private final ErrorStatus errorStatus;

    RequestParametersFilter(ErrorStatus errorStatus) {
        this.errorStatus = errorStatus;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException undecodable) {
                HttpStatusCode status = errorStatus.of(undecodable);
                if (status.is4xxClientError()) {
                    ErrorStatus.log(log, status, request, undecodable);
                    response.sendError(status.value());
                    return;
                }
                throw undecodable;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }
}
