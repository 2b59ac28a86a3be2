package org.rt2kb.opendata;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rt2kb.opendata.PublicPages.Page;
import org.rt2kb.shared.Languages;

/**
 * Writes sitemaps (sitemaps.org, version 0.9). Each page is listed once per language, at its {@code ?lang=} address,
 * with its versions in every language as {@code hreflang} alternates and its plain address as the default.
 */
final class SitemapXml {

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {}

    /** A sitemap index: where the sitemaps are. */
    static String index(String origin, List<String> sitemaps) {
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAPS);
            for (String sitemap : sitemaps) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", origin + sitemap);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A sitemap of these pages. */
    static String urls(String origin, List<Page> pages) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAPS);
            xml.writeNamespace("xhtml", XHTML);
            for (Page page : pages) {
                for (Locale language : Languages.ALL) {
                    xml.writeStartElement("url");
                    element(xml, "loc", inLanguage(origin, page, language));
                    if (page.changed() != null) {
                        element(xml, "lastmod", page.changed().toString());
                    }
                    for (Locale alternate : Languages.ALL) {
                        alternate(xml, alternate.getLanguage(), inLanguage(origin, page, alternate));
                    }
                    alternate(xml, "x-default", origin + page.path());
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        });
    }

    private static String inLanguage(String origin, Page page, Locale language) {
        return origin + page.path() + "?lang=" + language.getLanguage();
    }

    private static void alternate(XMLStreamWriter xml, String language, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", language);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A sitemap could not be written", e);
        }
        return out.toString();
    }
}
