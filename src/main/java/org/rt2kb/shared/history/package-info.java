/** The record of changes to the thesaurus and the reference lists. */
@NamedInterface("history")
package org.rt2kb.shared.history;

import org.springframework.modulith.NamedInterface;
