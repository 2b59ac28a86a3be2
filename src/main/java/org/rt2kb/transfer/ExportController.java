package org.rt2kb.transfer;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Downloads of the catalogue: the public ones hold published entries and public notes; the ones under
 * {@code /admin/export} (staff only) hold every entry with its status, and internal notes.
 */
@Controller
class ExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CatalogueExport catalogue;
    private final CsvExport csv;

    ExportController(CatalogueExport catalogue, CsvExport csv) {
        this.catalogue = catalogue;
        this.csv = csv;
    }

    @GetMapping("/export/catalogue.zip")
    ResponseEntity<byte[]> publicCatalogue() {
        return download(catalogue.zip(false), "rt2kb-catalogue.zip", MediaType.valueOf("application/zip"));
    }

    @GetMapping("/export/practices.csv")
    ResponseEntity<byte[]> publicPractices() {
        return download(csv.practices(false), "rt2kb-practices.csv", CSV);
    }

    @GetMapping("/export/instruments.csv")
    ResponseEntity<byte[]> publicInstruments() {
        return download(csv.instruments(false), "rt2kb-instruments.csv", CSV);
    }

    @GetMapping("/admin/export/catalogue.zip")
    ResponseEntity<byte[]> fullCatalogue() {
        return download(catalogue.zip(true), "rt2kb-catalogue-all.zip", MediaType.valueOf("application/zip"));
    }

    @GetMapping("/admin/export/practices.csv")
    ResponseEntity<byte[]> allPractices() {
        return download(csv.practices(true), "rt2kb-practices-all.csv", CSV);
    }

    @GetMapping("/admin/export/instruments.csv")
    ResponseEntity<byte[]> allInstruments() {
        return download(csv.instruments(true), "rt2kb-instruments-all.csv", CSV);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
