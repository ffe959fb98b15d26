/**
 * Other doors into the case service: API clients and their keys, the tokens Porth's authorization
 * server issues them (client credentials, and apps a resident allows to act for them), the REST API
 * at {@code /api/v1} (described by OpenAPI) and Open311 GeoReport v2 at {@code /open311/v2} (for apps
 * such as FixMyStreet). A request from a channel is checked by the form engine exactly as a web form
 * is, and goes the same way to the same case. Decisions 0033, 0034 and 0035.
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = {"apply", "attachments", "casework", "catalogue", "devices", "forms", "gazetteer", "identity", "resident", "shared", "shell"})
package org.porth.channels;

import org.springframework.modulith.ApplicationModule;
