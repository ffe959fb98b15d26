/**
 * Other doors into the case service: API clients and their keys, the tokens Porth's authorization
 * server issues them (client credentials, and apps a resident allows to act for them), and the
 * REST API and Open311 GeoReport v2 ({@code /open311/v2}, for apps such as FixMyStreet) they use.
 * A request from a channel is checked by the same form engine and becomes a case through the same
 * submission as the web (docs/decisions/0033-api-clients-and-tokens.md, 0035-open311.md).
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = {"apply", "casework", "catalogue", "forms", "gazetteer", "identity", "resident", "shared", "shell"})
package org.porth.channels;

import org.springframework.modulith.ApplicationModule;
