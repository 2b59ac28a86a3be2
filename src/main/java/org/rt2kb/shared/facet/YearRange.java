package org.rt2kb.shared.facet;

/** The years a list is narrowed to; either end may be open. An item with no known year is outside any range. */
public record YearRange(Integer from, Integer to) {

    public static final YearRange ANY = new YearRange(null, null);

    public boolean isAny() {
        return from == null && to == null;
    }

    /** Whether an item running from {@code start} to {@code end} (null: still running) overlaps the range. */
    public boolean overlaps(Integer start, Integer end) {
        if (isAny()) {
            return true;
        }
        if (start == null) {
            return false;
        }
        boolean startsInTime = to == null || start <= to;
        boolean lastsLongEnough = from == null || end == null || end >= from;
        return startsInTime && lastsLongEnough;
    }
}
