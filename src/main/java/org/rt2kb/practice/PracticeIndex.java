package org.rt2kb.practice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.IndexedSlice;
import org.rt2kb.shared.facet.ListCursor;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.shared.facet.Selection;

/**
 * The published practices as the search index filters, counts, sorts and pages them, by the dimensions and sorts of
 * {@link PracticeListing}. The search module provides it, so that the cost of a page grows with the page, not with
 * the catalogue.
 */
public interface PracticeIndex {

    /**
     * The page {@code state} asks for, of {@code size} practices, sorted as it says in the reader's language, with
     * the counts of its dimensions.
     */
    IndexedPage find(ListState state, Locale locale, int size);

    /** The first {@code size} practices {@code state} selects, in the compendium's order, and how many there are. */
    IndexedPage first(ListState state, int size);

    /** How many practices {@code state} selects, and how many of them have each value of each of {@code dimensions}. */
    IndexedPage counts(ListState state, List<String> dimensions);

    /** How many practices {@code state} selects start in each year, in the order of the years. */
    Map<Integer, Long> startYears(ListState state);

    /**
     * The practices {@code selection} makes, in the compendium's order: {@code size} of them from {@code offset}, or
     * after {@code after}.
     */
    IndexedSlice slice(Selection selection, ListCursor after, int offset, int size);
}
