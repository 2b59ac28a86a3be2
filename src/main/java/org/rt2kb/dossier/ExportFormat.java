package org.rt2kb.dossier;

import org.rt2kb.shared.Coded;
import org.rt2kb.shared.InvalidParameterException;
import org.springframework.http.MediaType;

/** The formats a dossier or a list is exported in, with the file type and extension each is sent as. */
enum ExportFormat implements Coded {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    RIS("application/x-research-info-systems", "ris"),
    CSL("application/vnd.citationstyles.csl+json", "json"),
    BIB("application/x-bibtex", "bib"),
    CSV("text/csv", "csv"),
    JSON("application/json", "json");

    final MediaType type;
    final String extension;

    ExportFormat(String type, String extension) {
        this.type = MediaType.parseMediaType(type);
        this.extension = extension;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    static ExportFormat of(String code) {
        return Coded.fromCode(ExportFormat.class, code)
                .orElseThrow(() -> InvalidParameterException.unknownValue("format", code));
    }
}
