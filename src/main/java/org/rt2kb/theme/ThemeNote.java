package org.rt2kb.theme;

import jakarta.persistence.Embeddable;

/** A footnote of the paper, kept with the section whose text refers to it as {@code [^number]}. */
@Embeddable
public record ThemeNote(int number, String textFr) {}
