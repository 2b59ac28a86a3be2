package org.rt2kb.curation;

/**
 * What an import does to a published entry whose fields it changes. An entry has one row, with no separate published
 * copy, so review takes it off the public pages until it is published again; the administrator chooses on the dry
 * run, review by default, and the entry's revision records the choice.
 */
public enum PublishedChanges {
    /** The entry goes to review with the change: nothing goes live unseen. */
    REVIEW,
    /** The change is public at once. */
    PUBLISH
}
