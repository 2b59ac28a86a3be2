package org.rt2kb.practice;

import java.util.Locale;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.ListState;

/**
 * The published practices as the search index filters, counts, sorts and pages them, by the dimensions and sorts of
 * {@link PracticeListing}. The search module provides it, so that the cost of a page grows with the page, not with
 * the catalogue.
 */
public interface PracticeIndex {

    /** The page {@code state} asks for, of {@code size} practices, sorted as it says in the reader's language. */
    IndexedPage find(ListState state, Locale locale, int size);
}
