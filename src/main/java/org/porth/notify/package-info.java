/**
 * Notifications: tells residents (and supervisors) what happened to a request, by email, text
 * message and in the portal, in their language, through an outbox that a worker sends from
 * (docs/decisions/0015-notifications.md).
 */
@ApplicationModule(displayName = "Notify", allowedDependencies = {"apply", "booking", "casework", "catalogue", "identity", "resident", "shared", "shell"})
package org.porth.notify;

import org.springframework.modulith.ApplicationModule;
