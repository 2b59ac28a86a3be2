package org.rt2kb.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.rt2kb.shared.CatalogueGeneration;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching of what anonymous readers get: public pages and API answers carry a strong ETag made of the
 * catalogue's generation, the language and the day (the citation boxes show today's date), and may be kept a minute
 * by any cache. A request that already holds the current version gets 304 without anything being rendered; a page
 * rendered once per generation is served again from memory, compressed once, with the headers it was rendered with
 * (Spring Security's among them). Anything with a session (the secretariat signed in, a form's CSRF token), the admin
 * area, forms and downloads are never cached. It runs before the session and security filters: a request that
 * carries no credential (no cookie but the language's, no Authorization header) is anonymous, and a page kept for it
 * costs neither.
 */
class PublicPageCache extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
    private static final String VARY = "Cookie, Accept-Language, Accept-Encoding";
    private static final List<String> PRIVATE = List.of(
            "/admin", "/login", "/logout", "/suggest", "/actuator", "/error", "/assets/", "/export/", "/dossier");
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final CatalogueGeneration generation;
    private final LocaleResolver languages;
    private final Clock clock;
    private final ErrorStatus errorStatus;
    private final Cache<Key, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, Page page) -> page.body().length + page.gzipped().length)
            .build();

    PublicPageCache(CatalogueGeneration generation, LocaleResolver languages, Clock clock, ErrorStatus errorStatus) {
        this.generation = generation;
        this.languages = languages;
        this.clock = clock;
        this.errorStatus = errorStatus;
    }

    /**
     * Each origin is kept apart: pages carry absolute addresses built from the request's host (canonical links,
     * alternates, sitemaps), so a page rendered for one Host header must never reach the readers of another; and
     * secure answers carry headers that plain ones do not (HSTS).
     */
    private record Key(String origin, String address, String etag) {}

    /** A rendered answer: its type, the headers it was rendered with, and its bytes, plain and compressed. */
    private record Page(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped) {}

    /** Headers a kept page does not carry over: this filter, the container or the moment sets them. */
    private static final Set<String> NOT_KEPT = Set.of(
            "cache-control",
            "etag",
            "vary",
            "content-type",
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "date",
            "set-cookie",
            "pragma",
            "expires",
            "connection",
            "keep-alive");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isPublic(request)) {
            chain.doFilter(request, response);
            return;
        }
        CatalogueGeneration.Generation current;
        try {
            current = generation.now();
        } catch (DataAccessException failed) {
            if (!ErrorKind.isUnavailable(errorStatus.of(failed))) {
                throw failed;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, ErrorKind.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (!current.settled()) {
            chain.doFilter(request, response); // the index is still taking the last change in: not kept, no ETag
            return;
        }
        Locale language = languages.resolveLocale(request);
        String etag = current.value() + "-" + language.getLanguage() + "-" + LocalDate.now(clock);
        Key key = new Key(SiteOrigin.of(request), address(request), etag);
        Page page = pages.getIfPresent(key);
        if (holds(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            if (page != null) {
                page.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
            }
            cacheable(response, etag, takesGzip(request));
            return;
        }
        if (page == null) {
            page = render(request, response, chain);
            if (page == null) {
                return;
            }
            if ("GET".equals(request.getMethod())) {
                pages.put(key, page);
            }
        } else {
            page.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        }
        send(page, etag, request, response);
    }

    /**
     * Renders the page and keeps it with the headers the application gave it; null when it is not to be kept (an
     * error, or personal after all), and then already sent as it is, uncacheable.
     */
    private static Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        // Set first, so that Spring Security adds no caching headers of its own; replaced below when kept.
        rendered.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        chain.doFilter(request, rendered);
        if (rendered.getStatus() != HttpServletResponse.SC_OK
                || request.getSession(false) != null
                || rendered.containsHeader(HttpHeaders.SET_COOKIE)) {
            rendered.copyBodyToResponse();
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : rendered.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                rendered.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        byte[] body = rendered.getContentAsByteArray();
        return new Page(rendered.getContentType(), List.copyOf(headers), body, gzip(body));
    }

    /** Anonymous reads of public addresses, without a language switch (which sets a cookie). */
    private static boolean isPublic(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (carriesCredentials(request) || request.getParameter("lang") != null || signedIn()) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PRIVATE.stream().noneMatch(path::startsWith);
    }

    /** Any cookie but the language's (a session's above all), or an Authorization header. */
    private static boolean carriesCredentials(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        return cookies != null
                && Arrays.stream(cookies).anyMatch(cookie -> !LanguageResolver.COOKIE.equals(cookie.getName()));
    }

    /** Signed in by other means than a session cookie (tests that set the security context themselves). */
    private static boolean signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }

    private static String address(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** Whether the client holds the current version, plain or compressed. */
    private static boolean holds(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String held = tag.strip();
            if (held.equals("*") || held.equals(quoted(etag, false)) || held.equals(quoted(etag, true))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page itself, compressed here when the client takes it: the servlet container does not compress an answer
     * with a strong ETag, since each encoding is a representation of its own, with an ETag of its own.
     */
    private static void send(Page page, String etag, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = takesGzip(request);
        byte[] body = gzip ? page.gzipped() : page.body();
        cacheable(response, etag, gzip);
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static void cacheable(HttpServletResponse response, String etag, boolean gzip) {
        response.setHeader(HttpHeaders.ETAG, quoted(etag, gzip));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, VARY);
    }

    private static String quoted(String etag, boolean gzip) {
        return "\"" + etag + (gzip ? "-gzip" : "") + "\"";
    }

    private static boolean takesGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.contains("gzip");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        }
        return compressed.toByteArray();
    }
}
