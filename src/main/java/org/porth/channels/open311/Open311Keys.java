package org.porth.channels.open311;

import java.time.Clock;
import java.util.Optional;

import org.porth.channels.ApiCaller;
import org.porth.channels.ApiScope;
import org.porth.channels.internal.ApiClientRow;
import org.porth.channels.internal.ApiClientStore;
import org.porth.channels.internal.ApiSecrets;
import org.springframework.stereotype.Component;

/**
 * An Open311 {@code api_key} is a registered API client's id and secret, {@code <client id>:<secret>}
 * (GeoReport has one key field; the secret is kept only hashed, so the id says which hash to check).
 * It counts only for an active client with the {@code open311} scope; a rotated-out secret works
 * through its grace period, as it does for tokens.
 */
@Component
class Open311Keys {

    private final ApiClientStore clients;
    private final ApiSecrets secrets;
    private final Clock clock;

    Open311Keys(ApiClientStore clients, ApiSecrets secrets, Clock clock) {
        this.clients = clients;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The client the key belongs to; empty for a missing, malformed, wrong or revoked key, or one without the scope. */
    Optional<ApiCaller> clientWithKey(String apiKey) {
        int colon = apiKey == null ? -1 : apiKey.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String secret = apiKey.substring(colon + 1);
        return clients.findActive(apiKey.substring(0, colon))
                .filter(client -> client.scopeSet().contains(ApiScope.OPEN311))
                .filter(client -> secrets.matches(secret, client.secretHash()) || previousMatches(client, secret))
                .map(client -> new ApiCaller(client.clientId(), client.name(), Optional.empty()));
    }

    private boolean previousMatches(ApiClientRow client, String secret) {
        return client.previousSecretWorksAt(clock.instant()) && secrets.matches(secret, client.previousSecretHash());
    }
}
