package org.rt2kb.curation;

import org.springframework.context.MessageSourceResolvable;

/**
 * A link the catalogue does not make, with the form field to show why at and the message that says it; its
 * arguments may be message keys themselves ({@link MessageSourceResolvable}), resolved in the editor's language.
 */
class LinkRefusedException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    LinkRefusedException(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
