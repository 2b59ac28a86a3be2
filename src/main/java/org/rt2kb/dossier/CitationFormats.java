package org.rt2kb.dossier;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.instrument.InstrumentJson;
import org.rt2kb.instrument.OfficialRecord;
import org.rt2kb.shared.Multilingual;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier for citation managers: RIS (Zotero, EndNote, Mendeley), CSL-JSON (Zotero, Pandoc and every CSL
 * processor) and BibTeX. Instruments are cited as themselves, with their official record: a treaty with its Treaty
 * Series volume and page, a resolution or report with its symbol. Practices, paper sections and GCM objectives are
 * cited as the knowledge base's pages. Titles are in the export's first language, with the other language's in a
 * note when both are asked for.
 */
@Component
class CitationFormats {

    private final ItemSheets sheets;
    private final JsonMapper json = JsonMapper.builder().build();

    CitationFormats(ItemSheets sheets) {
        this.sheets = sheets;
    }

    /** What the three formats say of one item. */
    private record Reference(
            String id,
            String type,
            String title,
            String author,
            Integer year,
            LocalDate date,
            String place,
            String series,
            Integer volume,
            Integer page,
            String number,
            String url,
            String note) {}

    String ris(DossierExport export) {
        StringBuilder ris = new StringBuilder();
        String database = sheets.label("site.name", export.language().first());
        LocalDate accessed = LocalDate.ofInstant(export.madeAt(), ZoneOffset.UTC);
        for (Reference r : references(export)) {
            line(ris, "TY", risType(r));
            line(ris, "TI", r.title());
            line(ris, "AU", r.author());
            line(ris, "PY", r.year() == null ? null : String.valueOf(r.year()));
            line(ris, "DA", r.date() == null ? null : r.date().toString().replace('-', '/'));
            line(ris, "CY", r.place());
            line(ris, "T2", r.series());
            line(ris, "VL", r.volume() == null ? null : String.valueOf(r.volume()));
            line(ris, "SP", r.page() == null ? null : String.valueOf(r.page()));
            line(ris, "M1", r.number());
            line(ris, "UR", r.url());
            line(ris, "LA", export.language().first().getLanguage());
            line(ris, "DB", database);
            line(ris, "Y2", accessed.toString().replace('-', '/'));
            line(ris, "N1", r.note());
            ris.append("ER  - \r\n");
        }
        return ris.toString();
    }

    String cslJson(DossierExport export) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Reference r : references(export)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.id());
            item.put("type", cslType(r));
            item.put("title", r.title());
            if (r.author() != null) {
                item.put("author", List.of(Map.of("literal", r.author())));
            }
            LocalDate issued = r.date();
            if (issued != null) {
                item.put("issued", dateParts(issued.getYear(), issued.getMonthValue(), issued.getDayOfMonth()));
            } else if (r.year() != null) {
                item.put("issued", dateParts(r.year()));
            }
            putIfPresent(item, "publisher-place", r.place());
            putIfPresent(item, "container-title", r.series());
            putIfPresent(item, "volume", r.volume());
            putIfPresent(item, "page", r.page());
            putIfPresent(item, "number", r.number());
            item.put("URL", r.url());
            LocalDate accessed = LocalDate.ofInstant(export.madeAt(), ZoneOffset.UTC);
            item.put("accessed", dateParts(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth()));
            item.put("language", export.language().first().getLanguage());
            item.put("source", sheets.label("site.name", export.language().first()));
            putIfPresent(item, "note", r.note());
            items.add(item);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(items);
    }

    String bibtex(DossierExport export) {
        // What the file is, when and where from, and its terms: BibTeX keeps a comment entry as it is.
        StringBuilder bib = new StringBuilder("@comment{");
        ExportNotices.lines(export, sheets)
                .forEach(line -> bib.append(line.replaceAll("[{}]", "")).append('\n'));
        bib.append("}\n\n");
        for (Reference r : references(export)) {
            bib.append('@')
                    .append("RPRT".equals(risType(r)) ? "techreport" : "misc")
                    .append('{')
                    .append(r.id().replaceAll("[^A-Za-z0-9]", "_"))
                    .append(",\n");
            field(bib, "title", r.title(), false);
            // A body, not a person: braced whole so that BibTeX does not split it into names.
            field(bib, "RPRT".equals(risType(r)) ? "institution" : "author", r.author(), true);
            field(bib, "year", r.year() == null ? null : String.valueOf(r.year()), false);
            field(bib, "address", r.place(), false);
            field(bib, "series", r.series(), false);
            field(bib, "volume", r.volume() == null ? null : String.valueOf(r.volume()), false);
            field(bib, "pages", r.page() == null ? null : String.valueOf(r.page()), false);
            field(bib, "number", r.number(), false);
            field(bib, "url", r.url(), false);
            field(bib, "note", r.note(), false);
            bib.append("}\n\n");
        }
        return bib.toString();
    }

    private List<Reference> references(DossierExport export) {
        Locale language = export.language().first();
        List<Reference> references = new ArrayList<>();
        for (DossierContents.Group group : export.contents().groups()) {
            for (KeptItem item : group.items()) {
                references.add(reference(item, language, export));
            }
        }
        return references;
    }

    private Reference reference(KeptItem item, Locale language, DossierExport export) {
        String title = item.title().text(language);
        String note = note(item, language, export);
        String url = export.addressOf(item);
        String id = item.item().toString();
        if (item.kind() != DossierItem.Kind.INSTRUMENT || item.instrument() == null) {
            return new Reference(
                    id,
                    "page",
                    title,
                    sheets.label("site.name", language),
                    item.year(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    item.code(),
                    url,
                    note);
        }
        InstrumentJson.Summary i = item.instrument();
        OfficialRecord r = i.officialRecord();
        boolean french = "fr".equals(language.getLanguage());
        String body = french && r.bodyFr() != null ? r.bodyFr() : i.body();
        return new Reference(
                id,
                i.type(),
                french && i.titleFr() != null && !i.frUnofficial() ? i.titleFr() : i.titleEn(),
                body,
                i.year(),
                r.adopted(),
                french ? r.adoptedAtFr() : r.adoptedAtEn(),
                r.inTreatySeries() ? sheets.label("export.treaty-series", language) : null,
                r.untsVolume(),
                r.untsPage(),
                r.symbol() != null ? r.symbol() : i.code(),
                url,
                note);
    }

    /** The formal citation, the other language's title, and the drafter's note. */
    private String note(KeptItem item, Locale language, DossierExport export) {
        List<String> parts = new ArrayList<>();
        var citation = item.citations().get(language.getLanguage());
        if (citation != null) {
            parts.add(citation.text());
        }
        Multilingual.Shown title = item.title().in(language);
        if (title != null && title.unofficial()) {
            parts.add(sheets.label("export.title-unofficial", language));
        }
        if (export.language().sideBySide()) {
            for (Locale other : export.language().locales()) {
                Multilingual.Shown shown =
                        other.equals(language) ? null : item.title().in(other);
                if (shown != null && !shown.otherLanguage()) {
                    parts.add(shown.text());
                }
            }
        }
        if (item.note() != null) {
            parts.add(item.note());
        }
        return parts.isEmpty() ? null : String.join(" — ", parts);
    }

    private static String risType(Reference r) {
        return switch (r.type()) {
            case "treaty", "protocol", "ilo-convention" -> "STAT";
            case "report", "guide" -> "RPRT";
            case "page" -> "ELEC";
            default -> "GOVDOC";
        };
    }

    private static String cslType(Reference r) {
        return switch (r.type()) {
            case "treaty", "protocol", "ilo-convention" -> "treaty";
            case "report", "guide" -> "report";
            case "page" -> "webpage";
            default -> "document";
        };
    }

    private static Map<String, Object> dateParts(Integer... parts) {
        return Map.of("date-parts", List.of(List.of(parts)));
    }

    private static void putIfPresent(Map<String, Object> item, String key, Object value) {
        if (value != null) {
            item.put(key, value);
        }
    }

    /** A RIS line: a tag, two spaces, a hyphen, a space; a value on one line. */
    private static void line(StringBuilder ris, String tag, String value) {
        if (value != null) {
            ris.append(tag).append("  - ").append(value.replaceAll("\\s+", " ")).append("\r\n");
        }
    }

    /** A BibTeX field in braces, its special characters escaped; UTF-8 text stays as it is. */
    private static void field(StringBuilder bib, String name, String value, boolean whole) {
        if (value != null) {
            String escaped = value.replaceAll("\\s+", " ").replaceAll("([{}%&$#_\\\\])", "\\\\$1");
            String braced = whole ? "{" + escaped + "}" : escaped;
            bib.append("  ").append(name).append(" = {").append(braced).append("},\n");
        }
    }
}
