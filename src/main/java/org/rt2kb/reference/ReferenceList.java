package org.rt2kb.reference;

import java.util.regex.Pattern;
import org.rt2kb.shared.Coded;

/**
 * The reference lists the secretariat maintains, and how each is stored: its table, the key column and the pattern of
 * a new key, the columns holding its names, and what else a row points to. GCM objectives and regions are fixed by the
 * Global Compact and the UN M49 standard, so they can be renamed but not added to.
 */
public enum ReferenceList implements Coded {
    COUNTRIES("country", "code", "^[A-Z]{2}$", "name_en", "name_fr", null, true),
    REGIONS("region", "code", null, "name_en", "name_fr", null, false),
    GCM_OBJECTIVES("gcm_objective", "number", null, "title_en", "title_fr", "fr_unofficial", false),
    SDG_TARGETS("sdg_target", "code", "^\\d{1,2}\\.[0-9a-z]{1,2}$", "title_en", "title_fr", "fr_unofficial", true);

    final String table;
    final String key;
    final Pattern newKey;
    final String nameEn;
    final String nameFr;
    final String frUnofficial;
    final boolean extensible;

    ReferenceList(
            String table,
            String key,
            String newKey,
            String nameEn,
            String nameFr,
            String frUnofficial,
            boolean extensible) {
        this.table = table;
        this.key = key;
        this.newKey = newKey == null ? null : Pattern.compile(newKey);
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.frUnofficial = frUnofficial;
        this.extensible = extensible;
    }

    /** Whether new rows can be added, or only the names of the existing ones changed. */
    public boolean isExtensible() {
        return extensible;
    }

    /** Whether the French name can be flagged as the project's translation. */
    public boolean hasTranslationFlag() {
        return frUnofficial != null;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
