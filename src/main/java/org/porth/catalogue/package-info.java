/**
 * Service definitions: each service's start page, questions and their checks, conditions,
 * eligibility exits, service levels, booking and retention, versioned so a request keeps the version it
 * was sent on; and the services residents find by topic and search.
 */
@ApplicationModule(displayName = "Catalogue", allowedDependencies = {"shared", "shell"})
package org.porth.catalogue;

import org.springframework.modulith.ApplicationModule;
