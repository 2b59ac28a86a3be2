package org.rt2kb.curation;

/**
 * What an editor's form for an entry gives the curation workflow: the version of the entry the form was filled from,
 * so a stale form is caught instead of overwriting someone else's change.
 */
public interface EntryForm {

    /** The entry version the form was read from; 0 for a new entry. */
    int version();
}
