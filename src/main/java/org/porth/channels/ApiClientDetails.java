package org.porth.channels;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An API client as administrators see it; never its secret.
 *
 * @param previousSecretUntil when the secret before the last rotation stops working (null: it already has)
 * @param revokedAt           null while the client may get tokens
 */
public record ApiClientDetails(String clientId, String name, String ownerContact, Set<ApiScope> scopes,
        int rateLimitPerMinute, boolean testClient, List<String> redirectUris, Instant registeredAt,
        Instant previousSecretUntil, Instant revokedAt) {

    public ApiClientDetails {
        scopes = Set.copyOf(scopes);
        redirectUris = List.copyOf(redirectUris);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** An app a resident can allow to act for them (it has somewhere to send them back to). */
    public boolean actsForResidents() {
        return !redirectUris.isEmpty();
    }
}
