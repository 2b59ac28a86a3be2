package org.rt2kb.instrument;

/** Which instruments a list shows; a null field does not filter. {@code annex} is "B" or "C". */
public record InstrumentFilter(InstrumentType type, String body, String annex, Boolean binding) {}
