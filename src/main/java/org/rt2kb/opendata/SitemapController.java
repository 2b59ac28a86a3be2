package org.rt2kb.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.rt2kb.web.SiteOrigin;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * What search engines read: {@code robots.txt}, which keeps them out of the secretariat's pages, and the sitemaps of
 * every public page. The entries' pages are listed in sitemaps of {@value #ENTRIES_PER_SITEMAP} entries (three
 * addresses each, one per language), well within the protocol's 50,000 addresses per sitemap.
 */
@Controller
class SitemapController {

    static final int ENTRIES_PER_SITEMAP = 5_000;

    private final PublicPages pages;

    SitemapController(PublicPages pages) {
        this.pages = pages;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots(HttpServletRequest request) {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /login
                Disallow: /suggest
                Sitemap: %s/sitemap.xml
                """.formatted(SiteOrigin.of(request));
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String index(HttpServletRequest request) {
        List<String> sitemaps = new ArrayList<>(List.of("/sitemaps/pages.xml"));
        long parts = (pages.entries() + ENTRIES_PER_SITEMAP - 1) / ENTRIES_PER_SITEMAP;
        for (long part = 1; part <= parts; part++) {
            sitemaps.add("/sitemaps/entries-" + part + ".xml");
        }
        return SitemapXml.index(SiteOrigin.of(request), sitemaps);
    }

    @GetMapping(value = "/sitemaps/pages.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String others(HttpServletRequest request) {
        return SitemapXml.urls(SiteOrigin.of(request), pages.others());
    }

    @GetMapping(value = "/sitemaps/entries-{part}.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String entries(@PathVariable int part, HttpServletRequest request) {
        List<PublicPages.Page> entries =
                part < 1 ? List.of() : pages.entries((long) (part - 1) * ENTRIES_PER_SITEMAP, ENTRIES_PER_SITEMAP);
        if (entries.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return SitemapXml.urls(SiteOrigin.of(request), entries);
    }
}
