package org.rt2kb.transfer;

import java.nio.charset.StandardCharsets;
import org.rt2kb.instrument.InstrumentListing;
import org.rt2kb.practice.PracticeListing;
import org.rt2kb.shared.ContentLicence;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the catalogue: the public ones hold published entries and public notes; the ones under
 * {@code /admin/export} (staff only) hold every entry with its status, and internal notes.
 */
@Controller
class ExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CatalogueExport catalogue;
    private final CsvExport csv;
    private final PracticeListing practices;
    private final InstrumentListing instruments;

    ExportController(
            CatalogueExport catalogue, CsvExport csv, PracticeListing practices, InstrumentListing instruments) {
        this.catalogue = catalogue;
        this.csv = csv;
        this.practices = practices;
        this.instruments = instruments;
    }

    @GetMapping("/export/catalogue.zip")
    ResponseEntity<byte[]> publicCatalogue() {
        return download(catalogue.zip(false), "rt2kb-catalogue.zip", MediaType.valueOf("application/zip"));
    }

    /** All published practices, or those the practices list's choices in the address select. */
    @GetMapping("/export/practices.csv")
    ResponseEntity<byte[]> publicPractices(@RequestParam MultiValueMap<String, String> choices) {
        byte[] body = choices.isEmpty() ? csv.practices(false) : csv.practices(practices.chosen(choices));
        return download(body, "rt2kb-practices.csv", CSV);
    }

    /** All published instruments, or those the instruments list's choices in the address select. */
    @GetMapping("/export/instruments.csv")
    ResponseEntity<byte[]> publicInstruments(@RequestParam MultiValueMap<String, String> choices) {
        byte[] body = choices.isEmpty() ? csv.instruments(false) : csv.instruments(instruments.chosen(choices));
        return download(body, "rt2kb-instruments.csv", CSV);
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
                .header(HttpHeaders.LINK, ContentLicence.LINK_HEADER)
                .body(body);
    }
}
