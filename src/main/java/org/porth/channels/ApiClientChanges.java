package org.porth.channels;

import java.util.Set;

/**
 * What an administrator may change about a registered client, as typed; {@link ApiClients#change}
 * checks every part as registering does. Never its secret (rotate it) nor whether it is a test client.
 *
 * @param rateLimitPerMinute as typed: a whole number of requests a minute
 */
public record ApiClientChanges(String name, String ownerContact, Set<ApiScope> scopes, String rateLimitPerMinute) {

    public ApiClientChanges {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
