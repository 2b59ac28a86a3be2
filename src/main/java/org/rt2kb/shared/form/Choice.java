package org.rt2kb.shared.form;

import org.rt2kb.shared.Multilingual;

/** One option of a form's list: the value sent and the label shown. */
public record Choice(String value, Multilingual label) {}
