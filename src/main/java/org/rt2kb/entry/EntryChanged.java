package org.rt2kb.entry;

/**
 * An entry changed in the current transaction. Listeners, the search index first, bring what depends on it up to date
 * before the transaction commits: the event is published and handled synchronously, inside that transaction, which is
 * why the entity itself travels with it.
 *
 * @param entry the changed entry
 * @param linkedEntries whether the entries linked to or from it depend on the change too (its status, its place in
 *     the paper), not only the entry and its notes
 */
public record EntryChanged(Entry entry, boolean linkedEntries) {

    public static EntryChanged itself(Entry entry) {
        return new EntryChanged(entry, false);
    }

    public static EntryChanged withLinkedEntries(Entry entry) {
        return new EntryChanged(entry, true);
    }
}
