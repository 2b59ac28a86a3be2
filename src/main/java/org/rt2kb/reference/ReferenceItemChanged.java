package org.rt2kb.reference;

/**
 * An item of a reference list was renamed in the current transaction. Listeners update what shows its name (the
 * search documents of a country's practices) before the transaction commits: the event is handled synchronously.
 */
public record ReferenceItemChanged(ReferenceList list, String code) {}
