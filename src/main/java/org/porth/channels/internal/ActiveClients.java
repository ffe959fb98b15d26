package org.porth.channels.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.porth.channels.ApiScope;
import org.springframework.stereotype.Component;

/**
 * Whether a client is registered and not revoked, its rate limit and its scopes: asked on every API
 * call (the token's check and the rate limit), so each client's answer is kept for {@link #KEPT}. That is
 * the staleness the API accepts to save two reads of {@code api_client} per call (decision 0043): a
 * client revoked or changed here is forgotten at once, but another node (or a call racing the change) may
 * let its tokens through as they were for at most {@link #KEPT} more. Keyed by the client id of a token Porth
 * signed, so it holds no more entries than there are registered clients.
 */
@Component
public class ActiveClients {

    /** How long a client's standing is kept: how late a revocation or a change may reach another node. */
    public static final Duration KEPT = Duration.ofSeconds(5);

    private final ApiClientStore store;
    private final Map<String, Standing> known = new ConcurrentHashMap<>();

    ActiveClients(ApiClientStore store) {
        this.store = store;
    }

    /** The client's rate limit (calls a minute) while it is registered and not revoked; empty otherwise. */
    public Optional<Integer> rateLimitPerMinute(String clientId) {
        return standing(clientId).rateLimitPerMinute();
    }

    public boolean isActive(String clientId) {
        return rateLimitPerMinute(clientId).isPresent();
    }

    /** What the client may do now; none when it is not registered or revoked. */
    public Set<ApiScope> scopes(String clientId) {
        return standing(clientId).scopes();
    }

    /** Read the client again on its next call (it was just revoked or changed). */
    public void forget(String clientId) {
        known.remove(clientId);
    }

    private Standing standing(String clientId) {
        long now = System.nanoTime();
        Standing standing = known.get(clientId);
        if (standing == null || now - standing.readAt() > KEPT.toNanos()) {
            Optional<ApiClientRow> row = store.findActive(clientId);
            standing = new Standing(row.map(ApiClientRow::rateLimitPerMinute),
                    row.map(ApiClientRow::scopeSet).orElse(ApiClientRow.none()), now);
            known.put(clientId, standing);
        }
        return standing;
    }

    private record Standing(Optional<Integer> rateLimitPerMinute, Set<ApiScope> scopes, long readAt) {
    }
}
