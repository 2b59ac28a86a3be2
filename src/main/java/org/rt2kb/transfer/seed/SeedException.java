package org.rt2kb.transfer.seed;

import java.util.List;

/** The seed files cannot be imported. Each problem names the file, the entry and the field. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        int shown = Math.min(problems.size(), 20);
        String more = problems.size() > shown ? "\n  … and " + (problems.size() - shown) + " more" : "";
        return "The seed catalogue is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "); nothing was imported:\n  " + String.join("\n  ", problems.subList(0, shown)) + more;
    }
}
