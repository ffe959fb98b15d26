/**
 * Integration: the small, versioned set of integration events other systems and partner
 * organisations subscribe to (CloudEvents), recorded once in the transaction of the change and
 * delivered at least once: to RabbitMQ, to signed webhooks and to partner organisations
 * (docs/decisions/0036-integration-events.md).
 */
@ApplicationModule(displayName = "Integration", allowedDependencies = {"apply", "booking", "casework", "catalogue", "identity", "notify", "resident", "shared", "shell"})
package org.porth.integration;

import org.springframework.modulith.ApplicationModule;
