package org.rt2kb.shared.form;

/** The form was filled from an older version of the entry than the one stored: saving it would overwrite a change. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(Object id) {
        super(id + " changed since the form was read");
    }
}
