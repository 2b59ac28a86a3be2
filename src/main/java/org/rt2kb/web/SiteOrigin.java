package org.rt2kb.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where the site is reached from, for absolute addresses: scheme, host and port as the request (or its proxy) gives. */
public final class SiteOrigin {

    private SiteOrigin() {}

    public static String of(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath(null)
                .build()
                .toUriString();
    }
}
