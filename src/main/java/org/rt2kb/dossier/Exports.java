package org.rt2kb.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.rt2kb.shared.ContentLicence;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Writes a dossier in the format asked for and sends it as a download named after its kind, date and language. */
@Component
class Exports {

    private final ItemSheets sheets;
    private final WordExport word;
    private final PdfExport pdf;
    private final CitationFormats citations;
    private final DataFormats data;

    Exports(ItemSheets sheets, WordExport word, PdfExport pdf, CitationFormats citations, DataFormats data) {
        this.sheets = sheets;
        this.word = word;
        this.pdf = pdf;
        this.citations = citations;
        this.data = data;
    }

    ResponseEntity<byte[]> download(String name, ExportFormat format, DossierExport export) {
        byte[] body = switch (format) {
            case DOCX -> word.write(PrintView.of(export, sheets));
            case PDF -> pdf.write(PrintView.of(export, sheets), export.origin() + "/");
            case RIS -> utf8(citations.ris(export));
            case CSL -> utf8(citations.cslJson(export));
            case BIB -> utf8(citations.bibtex(export));
            case CSV -> utf8(data.csv(export));
            case JSON -> utf8(data.json(export));
        };
        String file = name + "-" + LocalDate.ofInstant(export.madeAt(), ZoneOffset.UTC) + "-"
                + export.language().code() + "." + format.extension;
        return ResponseEntity.ok()
                .contentType(format.type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.LINK, ContentLicence.LINK_HEADER)
                .body(body);
    }

    PrintView printView(DossierExport export) {
        return PrintView.of(export, sheets);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
