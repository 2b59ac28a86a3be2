package org.rt2kb.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rt2kb.database.DatabaseAvailability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is known to be away, answers at once with 503 and {@code Retry-After} (the error page or a
 * problem document, in the reader's language) instead of letting each request wait for a connection. Static assets
 * and the health endpoints still answer: they need no database, and the health endpoints report the outage.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UnavailableDatabaseFilter extends OncePerRequestFilter {

    private final ObjectProvider<DatabaseAvailability> database;

    UnavailableDatabaseFilter(ObjectProvider<DatabaseAvailability> database) {
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DatabaseAvailability availability = database.getIfAvailable();
        if (availability != null && !availability.isUp()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, ErrorKind.RETRY_AFTER_SECONDS);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/actuator/");
    }
}
