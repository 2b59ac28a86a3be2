package org.rt2kb.dossier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs of the dossier: the header's count and whether an item is kept, for its button. A reader
 * without a session has an empty dossier, so the pages kept for anonymous readers are the same for all of them.
 */
@ControllerAdvice(annotations = Controller.class)
class DossierModel {

    @ModelAttribute("dossier")
    Dossier dossier(HttpServletRequest request) {
        return DossierSession.current(request);
    }

    /** The page's own address, where a button's form post comes back to. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
