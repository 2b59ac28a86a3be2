package org.rt2kb.shared.facet;

import java.util.List;

/**
 * A slice of a list in its own order, as a search index found it: the ids of its entries, how many entries the list
 * holds in all, and the cursor after its last entry when more follow (null at the end).
 */
public record IndexedSlice(List<Long> ids, long total, ListCursor next) {}
