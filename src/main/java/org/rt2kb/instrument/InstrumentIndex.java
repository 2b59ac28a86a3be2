package org.rt2kb.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.IndexedSlice;
import org.rt2kb.shared.facet.ListCursor;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.shared.facet.Selection;

/**
 * The published instruments as the search index filters, counts, sorts and pages them, by the dimensions and sorts
 * of {@link InstrumentListing}. The search module provides it.
 */
public interface InstrumentIndex {

    /** The page {@code state} asks for, of {@code size} instruments, sorted as it says in the reader's language. */
    IndexedPage find(ListState state, Locale locale, int size);

    /**
     * The instruments {@code selection} makes, in the annexes' order: {@code size} of them from {@code offset}, or
     * after {@code after}.
     */
    IndexedSlice slice(Selection selection, ListCursor after, int offset, int size);

    /** For each of these instruments (by slug), how many published practices are linked with it, either way. */
    Map<String, Long> practicesLinkedWith(List<String> slugs);

    /** For each of these GCM objectives (by number), how many published practices are tagged with it. */
    Map<String, Long> practicesTaggedWithObjectives(List<String> numbers);
}
