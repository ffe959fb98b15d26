package org.porth.attachments.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the object store ({@code fileStore}): a node that cannot reach the bucket would take
 * uploads it cannot keep, so operators put this in the readiness group (docs/operations.md).
 */
@Component("fileStore")
@ConditionalOnProperty(name = "porth.files.store", havingValue = "s3")
class ObjectStoreHealth implements HealthIndicator {

    private final ObjectStoreFileStore store;

    ObjectStoreHealth(ObjectStoreFileStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        return store.reachable() ? Health.up().build() : Health.down().withDetail("bucket", "not reachable").build();
    }
}
