package org.rt2kb.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.rt2kb.shared.ContentLicence;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets pages of any site (a researcher's notebook in a browser, another catalogue) read the public JSON API: its GET
 * answers allow every origin and name the content's licence, and a browser's preflight for a GET is answered.
 * Nothing else is opened to other sites; the API takes no credential, so allowing every origin exposes nothing a
 * plain request would not.
 *
 * <p>The header is the same for every request, with or without an {@code Origin}, so an answer kept by
 * {@link PublicPageCache} (which runs before this filter and keeps the headers a page was rendered with) serves
 * pages of other sites as well as the first reader.
 */
class OpenApiAccess extends OncePerRequestFilter {

    private static final List<String> READS = List.of("GET", "HEAD");
    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match";
    private static final String ONE_DAY = "86400";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String preflight = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if ("OPTIONS".equals(request.getMethod()) && preflight != null && READS.contains(preflight)) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", READS));
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, ONE_DAY);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (READS.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.ETAG);
            response.setHeader(HttpHeaders.LINK, ContentLicence.LINK_HEADER);
        }
        chain.doFilter(request, response);
    }
}
