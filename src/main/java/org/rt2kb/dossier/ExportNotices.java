package org.rt2kb.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rt2kb.shared.ContentLicence;

/**
 * What every export says about itself, in its first language: when it was made and from which address, that texts
 * marked as unofficial translations are the project's own, the terms of reuse, and what was left out.
 */
final class ExportNotices {

    private ExportNotices() {}

    static List<String> lines(DossierExport export, ItemSheets sheets) {
        Locale language = export.language().first();
        String made = sheets.day(export.madeAt(), language);
        List<String> lines = new ArrayList<>();
        lines.add(sheets.label("export.made", language, made, export.address()));
        lines.add(sheets.label("export.unofficial", language));
        lines.add(sheets.label("export.terms", language, ContentLicence.URL));
        int missing = export.contents().missing().size();
        if (missing > 0) {
            lines.add(sheets.label("dossier.missing", language, missing) + " "
                    + String.join(
                            ", ",
                            export.contents().missing().stream()
                                    .map(DossierItem::toString)
                                    .toList()));
        }
        return lines;
    }
}
