/** The faceted lists every list page and the search page are built with. */
@NamedInterface("facet")
package org.rt2kb.shared.facet;

import org.springframework.modulith.NamedInterface;
