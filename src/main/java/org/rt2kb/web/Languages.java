package org.rt2kb.web;

import java.util.List;
import java.util.Locale;

/** The languages the site is written in, in the order the language switch shows them. */
public final class Languages {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Languages() {}
}
