package org.rt2kb.entry;

/** No published entry of this type has this slug. */
public class EntryNotFoundException extends RuntimeException {

    private final EntryType type;
    private final String slug;

    public EntryNotFoundException(EntryType type, String slug) {
        super("No " + type.code() + " " + slug);
        this.type = type;
        this.slug = slug;
    }

    public EntryType type() {
        return type;
    }

    public String slug() {
        return slug;
    }
}
