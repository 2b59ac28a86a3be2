package org.rt2kb.transfer;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.ContentLicence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public downloads page: the whole published catalogue as JSON (the seed files' format, zipped) and as CSV, each
 * with its size, the date of the catalogue's last change and the terms of reuse. The sizes are those of the files as
 * they would be downloaded now, measured once per catalogue change.
 */
@Controller
class DownloadsController {

    /** A file offered for download: its address, the message key naming it, its format and size in bytes. */
    record Download(String href, String key, String format, long bytes) {}

    private final JdbcClient jdbc;
    private final Supplier<List<Download>> downloads;

    DownloadsController(CatalogueExport catalogue, CsvExport csv, JdbcClient jdbc, CatalogueGeneration generation) {
        this.jdbc = jdbc;
        this.downloads = generation.cached(() -> List.of(
                new Download("/export/catalogue.zip", "downloads.catalogue", "ZIP · JSON", catalogue.zip(false).length),
                new Download("/export/practices.csv", "downloads.practices", "CSV", csv.practices(false).length),
                new Download(
                        "/export/instruments.csv", "downloads.instruments", "CSV", csv.instruments(false).length)));
    }

    @GetMapping("/downloads")
    String downloads(Model model) {
        model.addAttribute("downloads", downloads.get());
        model.addAttribute(
                "updated",
                jdbc.sql("select max(updated_at) from entry where status = 'published'")
                        .query(Instant.class)
                        .optional()
                        .orElse(null));
        model.addAttribute("licence", ContentLicence.URL);
        return "downloads";
    }
}
