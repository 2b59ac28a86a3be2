package org.rt2kb.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list served by the JSON API. */
public record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> ApiPage<T> of(List<T> items, Paging paging, long total) {
        int pages = (int) ((total + paging.size() - 1) / paging.size());
        return new ApiPage<>(items, paging.page(), paging.size(), total, pages);
    }

    public <R> ApiPage<R> map(Function<T, R> mapper) {
        return new ApiPage<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
