package org.porth.resident;

import java.time.Instant;
import java.util.Set;

/**
 * A resident withdrew a consent to share details: services that received them under it should
 * stop relying on it. Published through the event publication registry, like the change itself.
 */
public record ConsentWithdrawn(ResidentId residentId, ConsentId consentId, Set<ProfileField> fields,
        Instant occurredAt) {

    public ConsentWithdrawn {
        fields = Set.copyOf(fields);
    }
}
