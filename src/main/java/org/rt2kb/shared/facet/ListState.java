package org.rt2kb.shared.facet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.rt2kb.shared.InvalidParameterException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The state of a list page as its address holds it: chosen values per dimension, a year range ({@code from},
 * {@code to}), the sort and the page (from 1). Every state is a shareable address, and this builds the addresses of
 * the states one click away. Reading an address never fails: what cannot be used is dropped with a {@link Notice}.
 */
public final class ListState {

    /** The model attribute under which a page gives its state, from which its own addresses are built. */
    public static final String MODEL_ATTRIBUTE = "listState";

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /** How many page numbers a pager shows on either side of the current page. */
    private static final int PAGER_AROUND = 2;

    private final String path;
    private final List<String> dimensions;
    private final List<String> sorts;
    private final Map<String, Set<String>> chosen;
    private final YearRange years;
    private final String sort;
    private final int page;
    private final List<Notice> notices;

    private ListState(
            String path,
            List<String> dimensions,
            List<String> sorts,
            Map<String, Set<String>> chosen,
            YearRange years,
            String sort,
            int page,
            List<Notice> notices) {
        this.path = path;
        this.dimensions = dimensions;
        this.sorts = sorts;
        this.chosen = chosen;
        this.years = years;
        this.sort = sort;
        this.page = page;
        this.notices = List.copyOf(notices);
    }

    /**
     * Reads a list address. {@code known} gives, per dimension in display order, the values it accepts; {@code sorts}
     * the accepted sorts, the first being the default. Parameters the list does not know are ignored. {@code path}
     * may carry a fixed query, such as a view, that every address of the list keeps.
     */
    public static ListState read(
            String path, MultiValueMap<String, String> params, Map<String, Set<String>> known, List<String> sorts) {
        List<Notice> notices = new ArrayList<>();
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        known.forEach((dimension, values) -> {
            Set<String> picked = new LinkedHashSet<>();
            for (String value : params.getOrDefault(dimension, List.of())) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (values.contains(value)) {
                    picked.add(value);
                } else {
                    notices.add(new Notice("notice.unknown-value", dimension, value));
                }
            }
            chosen.put(dimension, picked);
        });
        YearRange years = years(params.getFirst("from"), params.getFirst("to"), notices);
        String sort = params.getFirst("sort");
        if (sort != null && !sort.isBlank() && !sorts.contains(sort)) {
            notices.add(new Notice("notice.unknown-sort", "sort", sort));
        }
        if (sort == null || !sorts.contains(sort)) {
            sort = sorts.get(0);
        }
        int page = number(params.getFirst("page"), notices);
        return new ListState(path, List.copyOf(known.keySet()), List.copyOf(sorts), chosen, years, sort, page, notices);
    }

    private static YearRange years(String rawFrom, String rawTo, List<Notice> notices) {
        Integer from = year("from", rawFrom, notices);
        Integer to = year("to", rawTo, notices);
        if (from != null && to != null && from > to) {
            notices.add(new Notice("notice.years-swapped", "from", rawFrom));
            return new YearRange(to, from);
        }
        return new YearRange(from, to);
    }

    private static Integer year(String parameter, String raw, List<Notice> notices) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Integer value = parse(raw);
        if (value == null || value < FIRST_YEAR || value > LAST_YEAR) {
            notices.add(new Notice("notice.bad-year", parameter, raw));
            return null;
        }
        return value;
    }

    private static int number(String raw, List<Notice> notices) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        Integer value = parse(raw);
        if (value == null || value < 1) {
            notices.add(new Notice("notice.bad-page", "page", raw));
            return 1;
        }
        return value;
    }

    private static Integer parse(String raw) {
        String trimmed = raw.trim();
        if (trimmed.isEmpty() || trimmed.length() > 9 || !trimmed.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(trimmed);
    }

    /**
     * A state made by the application rather than read from an address: {@code chosen} values per dimension, in the
     * list's default order, on its first page.
     */
    public static ListState choosing(String path, Map<String, Set<String>> chosen, List<String> sorts) {
        return new ListState(
                path,
                List.copyOf(chosen.keySet()),
                List.copyOf(sorts),
                new LinkedHashMap<>(chosen),
                YearRange.ANY,
                sorts.get(0),
                1,
                List.of());
    }

    /** The list's dimensions, in the order its facets show. */
    public List<String> dimensions() {
        return dimensions;
    }

    /** This state on its last page, told to the reader, when it asked for a page past the end. */
    public ListState within(int pages) {
        int last = Math.max(1, pages);
        if (page <= last) {
            return this;
        }
        List<Notice> more = new ArrayList<>(notices);
        more.add(new Notice("notice.page-beyond", "page", String.valueOf(page)));
        return new ListState(path, dimensions, sorts, chosen, years, sort, last, more);
    }

    public Selection selection() {
        return new Selection(chosen, years);
    }

    public Set<String> chosen(String dimension) {
        return chosen.getOrDefault(dimension, Set.of());
    }

    public YearRange years() {
        return years;
    }

    /** Where a dimension comes in the list's facets; the year range comes after them all. */
    int position(String dimension) {
        int position = dimensions.indexOf(dimension);
        return position < 0 ? dimensions.size() : position;
    }

    /** The parameters fixed in the list's path (a view, a query), which forms must send back. */
    public Map<String, String> fixed() {
        Map<String, String> fixed = new LinkedHashMap<>();
        UriComponentsBuilder.fromUriString(path)
                .build()
                .getQueryParams()
                .forEach((name, values) -> fixed.put(name, UriUtils.decode(values.get(0), StandardCharsets.UTF_8)));
        return fixed;
    }

    /** The accepted sorts, the default first. */
    public List<String> sorts() {
        return sorts;
    }

    public String sort() {
        return sort;
    }

    public int page() {
        return page;
    }

    public List<Notice> notices() {
        return notices;
    }

    /** Whether anything is chosen: a value or a year range. */
    public boolean isFiltered() {
        return !selection().isEmpty();
    }

    /** The address of this state. */
    public String href() {
        return href(chosen, years, sort, page);
    }

    /** The address {@code at} with this state's choices and year range: a download of the same selection. */
    public String selectionAt(String at) {
        return href(at, chosen, years, sorts.get(0), 1);
    }

    /**
     * This state, for a download, which has no place to show notices: a value the list does not know, or a year that
     * is not one, is refused instead of ignored.
     */
    public ListState strict() {
        for (Notice notice : notices) {
            switch (notice.key()) {
                case "notice.unknown-value" ->
                    throw InvalidParameterException.unknownValue(notice.parameter(), notice.value());
                case "notice.bad-year" ->
                    throw new InvalidParameterException(notice.parameter(), notice.value(), "error.param.year");
                default -> {}
            }
        }
        return this;
    }

    /** The address with {@code value} added to or removed from {@code dimension}'s choice, back on page 1. */
    public String toggle(String dimension, String value) {
        Map<String, Set<String>> next = copy();
        Set<String> values = next.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return href(next, years, sort, 1);
    }

    /** The address without any choice in {@code dimension} (or without the year range for "years"). */
    public String without(String dimension) {
        if (FacetCounts.YEARS.equals(dimension)) {
            return href(chosen, YearRange.ANY, sort, 1);
        }
        Map<String, Set<String>> next = copy();
        next.remove(dimension);
        return href(next, years, sort, 1);
    }

    public String sortedBy(String other) {
        return href(chosen, years, other, 1);
    }

    public String onPage(int other) {
        return href(chosen, years, sort, other);
    }

    /**
     * The page numbers a pager of {@code pages} pages shows: the first and the last, and two on either side of this
     * one; 0 stands for the numbers left out between them. A list of thousands of pages stays a short pager.
     */
    public List<Integer> pagerNumbers(int pages) {
        SortedSet<Integer> shown = new TreeSet<>(List.of(1, Math.max(1, pages)));
        for (int n = Math.max(1, page - PAGER_AROUND); n <= Math.min(pages, page + PAGER_AROUND); n++) {
            shown.add(n);
        }
        List<Integer> numbers = new ArrayList<>();
        int previous = 0;
        for (int n : shown) {
            if (n - previous == 2) {
                numbers.add(n - 1); // one number left out: shown rather than a gap that hides just it
            } else if (n - previous > 2) {
                numbers.add(0);
            }
            numbers.add(n);
            previous = n;
        }
        return numbers;
    }

    /** The list with nothing chosen, in its default order. */
    public String cleared() {
        return path;
    }

    private Map<String, Set<String>> copy() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        chosen.forEach((dimension, values) -> copy.put(dimension, new LinkedHashSet<>(values)));
        return copy;
    }

    private String href(Map<String, Set<String>> picked, YearRange range, String order, int number) {
        return href(path, picked, range, order, number);
    }

    private String href(String at, Map<String, Set<String>> picked, YearRange range, String order, int number) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(at);
        for (String dimension : dimensions) {
            Set<String> values = picked.getOrDefault(dimension, Set.of());
            if (!values.isEmpty()) {
                uri.queryParam(dimension, values.toArray());
            }
        }
        if (range.from() != null) {
            uri.queryParam("from", range.from());
        }
        if (range.to() != null) {
            uri.queryParam("to", range.to());
        }
        if (!order.equals(sorts.get(0))) {
            uri.queryParam("sort", order);
        }
        if (number > 1) {
            uri.queryParam("page", number);
        }
        return uri.encode().build().toUriString();
    }
}
