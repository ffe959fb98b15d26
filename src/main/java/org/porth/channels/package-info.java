/**
 * Channels into the case service for other systems: Open311 GeoReport v2 ({@code /open311/v2}) for
 * apps such as FixMyStreet. A request from a channel is checked by the same form engine and becomes a
 * case through the same submission as the web.
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = {"apply", "casework", "catalogue", "forms", "gazetteer", "resident", "shared"})
package org.porth.channels;

import org.springframework.modulith.ApplicationModule;
