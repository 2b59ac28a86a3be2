package org.rt2kb.dossier;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rt2kb.shared.ContentLicence;
import org.rt2kb.shared.Multilingual;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier as data: CSV for spreadsheets (UTF-8 with a byte order mark, one row per item) and JSON. Both carry,
 * per language of the export, each item's title, whether that title is an unofficial translation, and its formal
 * citation; and on every row or at the top, when the export was made and from which page (the JSON also gives the
 * address that rebuilds the dossier).
 */
@Component
class DataFormats {

    private static final String BOM = "\uFEFF";

    private final JsonMapper json = JsonMapper.builder().build();

    String csv(DossierExport export) {
        List<String> header = new ArrayList<>(List.of("group", "kind", "key", "code"));
        for (Locale language : export.language().locales()) {
            String l = language.getLanguage();
            header.addAll(List.of("title_" + l, "title_" + l + "_unofficial", "citation_" + l));
        }
        header.addAll(List.of("address", "note", "exported_at", "exported_from", "licence"));
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (DossierContents.Group group : export.contents().groups()) {
                for (KeptItem item : group.items()) {
                    List<Object> row = new ArrayList<>();
                    row.add(
                            group.heading() == null
                                    ? ""
                                    : group.heading().text(export.language().first()));
                    row.addAll(List.of(item.kind().code(), item.item().key(), nullToEmpty(item.code())));
                    for (Locale language : export.language().locales()) {
                        Multilingual.Shown title = item.title().in(language);
                        var citation = item.citations().get(language.getLanguage());
                        row.add(title == null ? "" : title.text());
                        row.add(title != null && title.unofficial());
                        row.add(citation == null ? "" : citation.text());
                    }
                    row.addAll(List.of(
                            export.addressOf(item),
                            nullToEmpty(item.note()),
                            export.madeAt().toString(),
                            export.page(),
                            ContentLicence.URL));
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    String json(DossierExport export) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", export.madeAt().toString());
        document.put("exportedFrom", export.page());
        document.put("address", export.address());
        document.put("licence", ContentLicence.URL);
        document.put(
                "languages",
                export.language().locales().stream().map(Locale::getLanguage).toList());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (DossierContents.Group group : export.contents().groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put(
                    "heading",
                    group.heading() == null
                            ? null
                            : group.heading().text(export.language().first()));
            g.put(
                    "items",
                    group.items().stream().map(item -> item(item, export)).toList());
            groups.add(g);
        }
        document.put("groups", groups);
        document.put(
                "missing",
                export.contents().missing().stream().map(DossierItem::toString).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    private static Map<String, Object> item(KeptItem item, DossierExport export) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("item", item.item().toString());
        json.put("kind", item.kind().code());
        json.put("code", item.code());
        json.put("address", export.addressOf(item));
        for (Locale language : export.language().locales()) {
            String l = language.getLanguage();
            Multilingual.Shown title = item.title().in(language);
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("title", title == null ? null : title.text());
            text.put("titleLanguage", title == null ? null : title.lang());
            text.put("unofficial", title != null && title.unofficial());
            var citation = item.citations().get(l);
            text.put("citation", citation == null ? null : citation.text());
            json.put(l, text);
        }
        json.put("note", item.note());
        return json;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
