package org.rt2kb.shared.facet;

import java.util.Collection;
import java.util.function.Function;

/** One way of narrowing a list, such as "country": the parameter name and the values each item has for it. */
public record Dimension<T>(String name, Function<T, Collection<String>> values) {}
