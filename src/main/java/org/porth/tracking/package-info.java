/**
 * The resident's view of their requests: My requests (drafts and sent requests), each request's
 * timeline, messages with the council, withdrawing and reopening.
 */
@ApplicationModule(displayName = "Tracking", allowedDependencies = {"apply", "attachments", "attachments::ui", "booking", "casework", "catalogue", "forms", "identity", "shared", "shell"})
package org.porth.tracking;

import org.springframework.modulith.ApplicationModule;
