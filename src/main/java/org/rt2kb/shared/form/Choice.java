package org.rt2kb.shared.form;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rt2kb.shared.Multilingual;

/** One option of a form's list: the value sent and the label shown. */
public record Choice(String value, Multilingual label) {

    /** The choices in the alphabetical order of their labels in the reader's language ("Afrique" before "Europe"). */
    public static List<Choice> byLabel(List<Choice> choices, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return choices.stream()
                .sorted(Comparator.comparing(choice -> choice.label().text(locale), collator))
                .toList();
    }
}
