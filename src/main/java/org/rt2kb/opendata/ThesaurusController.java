package org.rt2kb.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.rt2kb.web.SiteOrigin;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The thesaurus as linked data: its SKOS concept scheme in Turtle and in JSON-LD. */
@Controller
class ThesaurusController {

    private final SkosThesaurus thesaurus;

    ThesaurusController(SkosThesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    @GetMapping(value = "/concepts.ttl", produces = "text/turtle")
    @ResponseBody
    String turtle(HttpServletRequest request) {
        return write(request, RDFFormat.TURTLE);
    }

    @GetMapping(value = "/concepts.jsonld", produces = "application/ld+json")
    @ResponseBody
    String jsonLd(HttpServletRequest request) {
        return write(request, RDFFormat.JSONLD);
    }

    private String write(HttpServletRequest request, RDFFormat format) {
        String origin = SiteOrigin.of(request);
        StringWriter out = new StringWriter();
        Rio.write(thesaurus.scheme(origin), out, format);
        return out.toString();
    }
}
