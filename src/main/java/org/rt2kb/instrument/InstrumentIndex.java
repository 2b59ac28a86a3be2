package org.rt2kb.instrument;

import java.util.Locale;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.ListState;

/**
 * The published instruments as the search index filters, counts, sorts and pages them, by the dimensions and sorts
 * of {@link InstrumentListing}. The search module provides it.
 */
public interface InstrumentIndex {

    /** The page {@code state} asks for, of {@code size} instruments, sorted as it says in the reader's language. */
    IndexedPage find(ListState state, Locale locale, int size);
}
