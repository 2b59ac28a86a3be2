/** What every admin form is built with: typed text kept when it does not convert, choices, stale edits, field changes. */
@NamedInterface("form")
package org.rt2kb.shared.form;

import org.springframework.modulith.NamedInterface;
