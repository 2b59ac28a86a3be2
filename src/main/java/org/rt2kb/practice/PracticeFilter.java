package org.rt2kb.practice;

/**
 * Which practices a list shows; a null field does not filter. {@code year} keeps the practices running that year
 * (an open end counts as still running).
 */
public record PracticeFilter(String theme, String group, String country, Integer year) {}
