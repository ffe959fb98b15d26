package org.porth.channels;

import java.util.Set;

/**
 * An API client as an administrator types it in; {@link ApiClients#register} checks every part.
 *
 * @param rateLimitPerMinute as typed: a whole number of requests a minute
 * @param redirectUris       as typed, one a line: only for apps that act for a resident (empty for a system)
 */
public record NewApiClient(String name, String ownerContact, Set<ApiScope> scopes, String rateLimitPerMinute,
        boolean testClient, String redirectUris) {

    public NewApiClient {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
