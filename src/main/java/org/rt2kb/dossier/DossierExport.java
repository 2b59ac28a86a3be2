package org.rt2kb.dossier;

import java.time.Instant;
import org.rt2kb.dossier.DossierContents.Contents;

/**
 * A dossier as an export writes it: what it holds, in which language(s), when it was made, from which page, the
 * address that rebuilds it (the shareable one, for a dossier; the list's own, for a list), and where its entries'
 * pages are.
 */
public record DossierExport(
        Contents contents, ExportLanguage language, Instant madeAt, String page, String address, String origin) {

    /** The absolute address of an item's page. */
    public String addressOf(KeptItem item) {
        return origin + item.path();
    }
}
