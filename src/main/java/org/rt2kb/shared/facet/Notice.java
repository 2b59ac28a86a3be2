package org.rt2kb.shared.facet;

/**
 * Something in a list's address that could not be used and was ignored or corrected, told to the reader in their
 * language: {@code key} is a message key taking the parameter's name and the value given.
 */
public record Notice(String key, String parameter, String value) {}
