package org.rt2kb.theme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's text of a theme cut into paragraphs (blank lines) and runs of plain text and note references
 * ({@code [^7]}), so that a page can print it and link the notes without trusting any markup in it.
 */
public final class ThemeText {

    private static final Pattern NOTE = Pattern.compile("\\[\\^(\\d+)]");
    /** An instrument code as notes write it: C029, P029, R086. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{1,3}\\d{2,3}\\b");
    /** The end of a sentence: a stop followed by a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})");

    private ThemeText() {}

    /** A run of text, or a reference to note {@code note} when that is not null. */
    public record Run(String text, Integer note) {}

    /** A run of a note's text: plain, or the code of an instrument ({@code code} set) that a page links. */
    public record Span(String text, String code) {}

    /** The instrument codes a text may name ("C029", "P029"), to look up. */
    public static Set<String> codes(String text) {
        Set<String> codes = new HashSet<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            codes.add(code.group());
        }
        return codes;
    }

    /** The text cut around the instrument codes in {@code codes} it names ("Voir C029 – Convention…"). */
    public static List<Span> withCodes(String text, Set<String> codes) {
        List<Span> spans = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        int from = 0;
        while (code.find()) {
            if (codes.contains(code.group())) {
                if (code.start() > from) {
                    spans.add(new Span(text.substring(from, code.start()), null));
                }
                spans.add(new Span(code.group(), code.group()));
                from = code.end();
            }
        }
        if (from < text.length()) {
            spans.add(new Span(text.substring(from), null));
        }
        return spans;
    }

    /**
     * The first sentence of the first paragraph, without note references, cut after about {@code length} characters
     * at a word end: the one line a list shows of a theme.
     */
    public static String line(String text, int length) {
        String first = withoutNoteReferences(text.strip().split("\\n\\s*\\n", 2)[0]);
        Matcher end = SENTENCE_END.matcher(first);
        String sentence = end.find() ? first.substring(0, end.start() + 1) : first;
        return cut(sentence, length);
    }

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

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length);
        return text.substring(0, cut > 0 ? cut : length) + " …";
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
