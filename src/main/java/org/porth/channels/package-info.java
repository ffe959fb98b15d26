/**
 * Other doors into the case service: API clients and their keys, the tokens Porth's authorization
 * server issues them (client credentials, and apps a resident allows to act for them), and the
 * REST API and Open311 they use (docs/decisions/0033-api-clients-and-tokens.md).
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = {"identity", "resident", "shared", "shell"})
package org.porth.channels;

import org.springframework.modulith.ApplicationModule;
