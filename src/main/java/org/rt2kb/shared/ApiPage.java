package org.rt2kb.shared;

import java.util.List;
import org.rt2kb.shared.facet.ListCursor;

/**
 * One page of a list served by the JSON API. {@code next}, where the list offers it, is the cursor to send back as
 * {@code after} for the entries that follow (null after the last); {@code page} is null for a page read that way.
 */
public record ApiPage<T>(List<T> items, Integer page, int size, long total, int totalPages, String next) {

    public static <T> ApiPage<T> of(List<T> items, Paging paging, long total) {
        return of(items, paging, total, null);
    }

    public static <T> ApiPage<T> of(List<T> items, Paging paging, long total, ListCursor next) {
        int pages = (int) ((total + paging.size() - 1) / paging.size());
        return new ApiPage<>(
                items,
                paging.after() == null ? paging.page() : null,
                paging.size(),
                total,
                pages,
                next == null ? null : next.token());
    }
}
