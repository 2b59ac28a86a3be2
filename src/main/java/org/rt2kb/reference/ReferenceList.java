package org.rt2kb.reference;

import java.util.regex.Pattern;
import org.rt2kb.shared.Coded;

/**
 * The reference lists the secretariat maintains, and how each is stored: its table, the key column and the pattern of
 * a new key, the column holding its names in every language, and whether a name can be flagged as the project's
 * translation. GCM objectives and regions are fixed by the
 * Global Compact and the UN M49 standard, so they can be renamed but not added to.
 */
public enum ReferenceList implements Coded {
    COUNTRIES("country", "code", "^[A-Z]{2}$", "name", false, true),
    REGIONS("region", "code", null, "name", false, false),
    GCM_OBJECTIVES("gcm_objective", "number", null, "title", true, false),
    SDG_TARGETS("sdg_target", "code", "^\\d{1,2}\\.[0-9a-z]{1,2}$", "title", true, true);

    final String table;
    final String key;
    final Pattern newKey;
    final String names;
    private final boolean translationFlag;
    final boolean extensible;

    ReferenceList(String table, String key, String newKey, String names, boolean translationFlag, boolean extensible) {
        this.table = table;
        this.key = key;
        this.newKey = newKey == null ? null : Pattern.compile(newKey);
        this.names = names;
        this.translationFlag = translationFlag;
        this.extensible = extensible;
    }

    /** Whether new rows can be added, or only the names of the existing ones changed. */
    public boolean isExtensible() {
        return extensible;
    }

    /** Whether a name other than the English one can be flagged as the project's translation. */
    public boolean hasTranslationFlag() {
        return translationFlag;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
