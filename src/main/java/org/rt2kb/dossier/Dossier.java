package org.rt2kb.dossier;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drafter's selection: items in the drafter's order, a short note on any of them, and how to group them. It is a
 * value: every change returns a new dossier, which the session then stores again (Spring Session saves an attribute
 * when it is set, not when an object inside it changes).
 */
public record Dossier(List<DossierItem> items, Map<DossierItem, String> notes, Grouping grouping)
        implements Serializable {

    public static final int MAX_ITEMS = 500;
    public static final int MAX_NOTE = 1_000;
    public static final Dossier EMPTY = new Dossier(List.of(), Map.of(), Grouping.NONE);

    public Dossier {
        items = List.copyOf(items);
        Map<DossierItem, String> kept = new LinkedHashMap<>();
        for (DossierItem item : items) {
            String note = notes.get(item);
            if (note != null && !note.isBlank()) {
                kept.put(item, note.strip());
            }
        }
        notes = Collections.unmodifiableMap(kept);
    }

    public boolean contains(DossierItem item) {
        return items.contains(item);
    }

    /** Whether the item written {@code kind:key} is kept; for the pages' buttons. */
    public boolean has(String item) {
        return items.stream().anyMatch(kept -> kept.toString().equals(item));
    }

    public int size() {
        return items.size();
    }

    public boolean isFull() {
        return items.size() >= MAX_ITEMS;
    }

    public String noteOf(DossierItem item) {
        return notes.get(item);
    }

    /** The dossier with the item at its end; the same dossier when it is already there or full. */
    public Dossier with(DossierItem item) {
        if (contains(item) || isFull()) {
            return this;
        }
        List<DossierItem> more = new ArrayList<>(items);
        more.add(item);
        return new Dossier(more, notes, grouping);
    }

    public Dossier without(DossierItem item) {
        List<DossierItem> fewer = new ArrayList<>(items);
        fewer.remove(item);
        return new Dossier(fewer, notes, grouping);
    }

    /** The item one place earlier ({@code -1}) or later ({@code 1}); unchanged at either end. */
    public Dossier moved(DossierItem item, int by) {
        int from = items.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return this;
        }
        List<DossierItem> reordered = new ArrayList<>(items);
        Collections.swap(reordered, from, to);
        return new Dossier(reordered, notes, grouping);
    }

    public Dossier withNotes(Map<DossierItem, String> newNotes) {
        return new Dossier(items, newNotes, grouping);
    }

    public Dossier groupedBy(Grouping newGrouping) {
        return new Dossier(items, notes, newGrouping);
    }
}
