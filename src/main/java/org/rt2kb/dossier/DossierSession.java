package org.rt2kb.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The dossier kept in the reader's session. Reading never creates a session, so a reader who keeps nothing stays
 * anonymous and keeps getting pages from the shared cache; the first item kept starts one.
 */
final class DossierSession {

    private static final String ATTRIBUTE = Dossier.class.getName();

    private DossierSession() {}

    static Dossier current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object dossier = session == null ? null : session.getAttribute(ATTRIBUTE);
        return dossier instanceof Dossier kept ? kept : Dossier.EMPTY;
    }

    static void save(HttpServletRequest request, Dossier dossier) {
        if (dossier.items().isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
        } else {
            request.getSession(true).setAttribute(ATTRIBUTE, dossier);
        }
    }
}
