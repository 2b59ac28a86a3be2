package org.rt2kb.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's text of a theme cut into paragraphs (blank lines) and runs of plain text and note references
 * ({@code [^7]}), so that a page can print it and link the notes without trusting any markup in it.
 */
public final class ThemeText {

    private static final Pattern NOTE = Pattern.compile("\\[\\^(\\d+)]");

    private ThemeText() {}

    /** A run of text, or a reference to note {@code note} when that is not null. */
    public record Run(String text, Integer note) {}

    public static List<List<Run>> paragraphs(String text) {
        List<List<Run>> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(runs(paragraph.strip()));
            }
        }
        return paragraphs;
    }

    /** The text without its note references, for the index: "l’OIT[^7]" is searched and shown as "l’OIT". */
    public static String withoutNoteReferences(String text) {
        return NOTE.matcher(text).replaceAll("");
    }

    /** The first paragraph without its note references, cut after about {@code length} characters at a word end. */
    public static String excerpt(String text, int length) {
        String first = NOTE.matcher(text.strip().split("\\n\\s*\\n", 2)[0]).replaceAll("");
        if (first.length() <= length) {
            return first;
        }
        int cut = first.lastIndexOf(' ', length);
        return first.substring(0, cut > 0 ? cut : length) + " …";
    }

    private static List<Run> runs(String paragraph) {
        List<Run> runs = new ArrayList<>();
        Matcher note = NOTE.matcher(paragraph);
        int from = 0;
        while (note.find()) {
            if (note.start() > from) {
                runs.add(new Run(paragraph.substring(from, note.start()), null));
            }
            runs.add(new Run(note.group(1), Integer.valueOf(note.group(1))));
            from = note.end();
        }
        if (from < paragraph.length()) {
            runs.add(new Run(paragraph.substring(from), null));
        }
        return runs;
    }
}
