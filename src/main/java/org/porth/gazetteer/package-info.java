/**
 * Addresses and streets: looks up a postcode, a UPRN or a street name in the council's gazetteer.
 */
@ApplicationModule(displayName = "Gazetteer", allowedDependencies = {"shared"})
package org.porth.gazetteer;

import org.springframework.modulith.ApplicationModule;
