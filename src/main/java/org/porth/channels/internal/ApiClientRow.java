package org.porth.channels.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.channels.ApiClientDetails;
import org.porth.channels.ApiScope;

/**
 * A row of {@code api_client}: scopes and redirect addresses are kept space-separated.
 *
 * @param id the authorization server's id for the client (its registered client id)
 */
public record ApiClientRow(String id, String clientId, String name, String ownerContact, String scopes,
        int rateLimitPerMinute, boolean testClient, String redirectUris, String secretHash,
        String previousSecretHash, Instant previousSecretExpiresAt, Instant registeredAt, Instant revokedAt) {

    public Set<ApiScope> scopeSet() {
        return Arrays.stream(scopes.split(" ")).flatMap(value -> ApiScope.of(value).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
    }

    public List<String> redirectUriList() {
        return redirectUris.isBlank() ? List.of() : List.of(redirectUris.split(" "));
    }

    /** The previous secret's hash while it still works at {@code now}. */
    public boolean previousSecretWorksAt(Instant now) {
        return previousSecretHash != null && previousSecretExpiresAt != null && previousSecretExpiresAt.isAfter(now);
    }

    public ApiClientDetails toDetails(Instant now) {
        return new ApiClientDetails(clientId, name, ownerContact, scopeSet(), rateLimitPerMinute, testClient,
                redirectUriList(), registeredAt, previousSecretWorksAt(now) ? previousSecretExpiresAt : null, revokedAt);
    }

    public static String joined(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::value).collect(Collectors.joining(" "));
    }

    public static Set<ApiScope> none() {
        return EnumSet.noneOf(ApiScope.class);
    }
}
