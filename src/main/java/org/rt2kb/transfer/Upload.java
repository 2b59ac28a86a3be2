package org.rt2kb.transfer;

import java.util.List;
import java.util.Map;
import org.rt2kb.practice.PracticeForm;

/** What an uploaded file holds once read: practice rows to check, or a whole catalogue for an empty database. */
sealed interface Upload {

    String fileName();

    /** How many rows or entries the upload holds. */
    int size();

    /** Practices from a CSV file or from the {@code practices.json} of an export. */
    record Rows(String fileName, List<Row> rows) implements Upload {
        @Override
        public int size() {
            return rows.size();
        }
    }

    /**
     * One practice as read. {@code line} is the CSV line (or the position in the JSON list); {@code form} is null when
     * the row could not be read into a form at all.
     */
    record Row(int line, String slug, PracticeForm form, List<Problem> problems) {}

    /** A problem found while reading a row or checking it: the column, a message key and its arguments. */
    record Problem(String column, String code, Object... arguments) {}

    /** Every file of a catalogue export, by path, for an import into an empty catalogue. */
    record Catalogue(String fileName, Map<String, byte[]> files) implements Upload {
        @Override
        public int size() {
            return files.size();
        }
    }
}
