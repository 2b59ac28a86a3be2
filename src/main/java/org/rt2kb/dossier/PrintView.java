package org.rt2kb.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.dossier.ItemSheets.Sheet;

/**
 * A dossier laid out for reading, as the print view, the PDF and the Word document show it: a title, the notices
 * every export carries, then the groups and their items, each with one sheet per language of the export.
 *
 * @param passagesLabel by language, the label above the passages that cite an item
 * @param noteLabel by language, the label before the drafter's note
 */
public record PrintView(
        String title,
        ExportLanguage language,
        List<String> notices,
        List<PrintedGroup> groups,
        Map<String, String> passagesLabel,
        Map<String, String> noteLabel) {

    public record PrintedGroup(String heading, List<PrintedItem> items) {}

    public record PrintedItem(List<Sheet> sheets) {}

    static PrintView of(DossierExport export, ItemSheets sheets) {
        ExportLanguage language = export.language();
        Locale first = language.first();
        List<PrintedGroup> groups = export.contents().groups().stream()
                .map(group -> new PrintedGroup(
                        group.heading() == null ? null : group.heading().text(first),
                        group.items().stream()
                                .map(item -> new PrintedItem(language.locales().stream()
                                        .map(locale -> sheets.of(item, locale, export))
                                        .toList()))
                                .toList()))
                .toList();
        Map<String, String> passages = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (Locale locale : language.locales()) {
            passages.put(locale.getLanguage(), sheets.label("export.passages", locale));
            notes.put(locale.getLanguage(), sheets.label("export.fact", locale, sheets.label("dossier.note", locale)));
        }
        return new PrintView(
                sheets.label("export.title", first),
                language,
                ExportNotices.lines(export, sheets),
                groups,
                passages,
                notes);
    }
}
