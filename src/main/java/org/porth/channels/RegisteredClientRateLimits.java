package org.porth.channels;

import java.time.Duration;
import java.util.Optional;

import org.porth.identity.SystemTask;
import org.springframework.stereotype.Component;

/**
 * Each registered client's own limit, as its administrator set it (calls a minute), in place of the
 * configured default. Asked on every API call, and kept a few seconds per client
 * ({@link org.porth.channels.internal.ActiveClients}): a revoked client counts within that.
 */
@Component
class RegisteredClientRateLimits implements ApiRateLimitSource {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    private final ApiClients clients;

    RegisteredClientRateLimits(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<RateLimit> limitFor(String clientId) {
        return SystemTask.API_RATE_LIMITS.run(() -> clients.rateLimitPerMinute(clientId))
                .map(perMinute -> new RateLimit(perMinute, A_MINUTE));
    }
}
