package org.rt2kb.shared;

/**
 * The licence of the knowledge base's own content and data (the about page states the terms in full). Answers that
 * carry content name it in a {@code Link} header (RFC 8288, relation {@code license}, RFC 4946).
 */
public final class ContentLicence {

    public static final String URL = "https://creativecommons.org/licenses/by/4.0/";
    public static final String LINK_HEADER = "<" + URL + ">; rel=\"license\"";

    private ContentLicence() {}
}
