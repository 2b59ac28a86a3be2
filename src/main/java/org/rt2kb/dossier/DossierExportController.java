package org.rt2kb.dossier;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.rt2kb.web.SiteOrigin;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A dossier taken away: the session's, or the one the address names ({@code items=…}), as Word, PDF, RIS, CSL-JSON,
 * BibTeX, CSV or JSON, in English, French or both; and its print view, which the PDF is made from.
 */
@Controller
@RequestMapping("/dossier")
class DossierExportController {

    private final DossierContents contents;
    private final Exports exports;
    private final Clock clock;

    DossierExportController(DossierContents contents, Exports exports, Clock clock) {
        this.contents = contents;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "docx") String format,
            @RequestParam(required = false) String lang,
            Locale locale,
            HttpServletRequest request) {
        return exports.download("dossier", ExportFormat.of(format), export(params, lang, locale, request));
    }

    /** The print view: the same page the PDF is made from, for the browser's own printing. */
    @GetMapping("/print")
    String print(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String lang,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("print", exports.printView(export(params, lang, locale, request)));
        model.addAttribute("pdf", false);
        return PdfExport.TEMPLATE;
    }

    private DossierExport export(
            MultiValueMap<String, String> params, String lang, Locale locale, HttpServletRequest request) {
        Dossier dossier = DossierAddress.names(params) ? DossierAddress.read(params) : DossierSession.current(request);
        String origin = SiteOrigin.of(request);
        return new DossierExport(
                contents.read(dossier),
                ExportLanguage.of(lang, locale),
                clock.instant(),
                origin + "/dossier",
                origin + "/dossier?" + DossierAddress.query(dossier),
                origin);
    }
}
