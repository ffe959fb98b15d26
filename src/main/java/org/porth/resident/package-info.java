/**
 * The resident's profile, household, contact preferences, support needs and consents: tell us
 * once, and the details a form starts with.
 */
@ApplicationModule(displayName = "Resident", allowedDependencies = {"catalogue", "gazetteer", "identity", "shared", "shell"})
package org.porth.resident;

import org.springframework.modulith.ApplicationModule;
