/**
 * Cases: one per request, routed by rules to a team's queue, worked through a status machine
 * against a service level whose clock stops while the resident is asked, with notes, messages,
 * an audit trail and an outcome; and the staff views that work them. It depends on apply only for
 * the {@code RequestSubmitted} event.
 */
@ApplicationModule(displayName = "Casework", allowedDependencies = {"apply", "attachments", "booking", "catalogue", "forms", "gazetteer", "identity", "resident", "shared", "shell"})
package org.porth.casework;

import org.springframework.modulith.ApplicationModule;
