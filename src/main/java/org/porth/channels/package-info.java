/**
 * The doors into the case service besides the portal's pages: the REST API at {@code /api/v1}
 * (described by OpenAPI), for API clients acting for themselves or for a resident who allowed them.
 * An API request is checked by the form engine exactly as a web form is, and goes the same way to
 * the same case. Decision 0034.
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = {"apply", "attachments", "casework", "catalogue", "forms", "identity", "resident", "shared"})
package org.porth.channels;

import org.springframework.modulith.ApplicationModule;
