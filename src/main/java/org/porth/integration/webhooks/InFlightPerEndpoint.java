package org.porth.integration.webhooks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many deliveries each endpoint has in flight on this node, and so how many more it may be given:
 * a slow or stalling receiver holds at most {@code porth.webhooks.per-endpoint} of the worker's places,
 * and the rest of its deliveries wait in the outbox for a later claim while other endpoints' go.
 * Claims on the node take turns here, so two runs at once cannot both fill an endpoint's last place.
 */
final class InFlightPerEndpoint {

    /** Claims deliveries, leaving out the {@code full} endpoints and giving each other one at most its {@code room}. */
    interface Claim {
        List<ClaimedDelivery> claim(Set<String> full, Room room);
    }

    /** How many more deliveries an endpoint may be given now. */
    interface Room {
        int of(String endpointId);
    }

    private final int limit;
    private final Map<String, Integer> inFlight = new HashMap<>();

    InFlightPerEndpoint(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("porth.webhooks.per-endpoint must be at least 1");
        }
        this.limit = limit;
    }

    /** Claims through {@code claim} and counts what it claimed as in flight until {@link #done}. */
    synchronized List<ClaimedDelivery> claim(Claim claim) {
        Set<String> full = inFlight.entrySet().stream().filter(entry -> entry.getValue() >= limit)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        List<ClaimedDelivery> claimed = claim.claim(full, endpointId -> limit - inFlight.getOrDefault(endpointId, 0));
        claimed.forEach(delivery -> inFlight.merge(delivery.endpointId(), 1, Integer::sum));
        return claimed;
    }

    synchronized void done(ClaimedDelivery delivery) {
        inFlight.computeIfPresent(delivery.endpointId(), (endpoint, count) -> count == 1 ? null : count - 1);
    }
}
