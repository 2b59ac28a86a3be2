package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** The addresses whose answer is read from the search index across the whole catalogue: searches, lists, counts. */
final class IndexPages {

    private static final Set<String> PATHS = Set.of(
            "/search",
            "/api/search",
            "/practices",
            "/instruments",
            "/api/practices",
            "/api/instruments",
            "/coverage",
            "/countries");

    private IndexPages() {}

    static boolean contains(String path) {
        return PATHS.contains(path);
    }

    /** The request's address within the application. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
