/**
 * Filling in a service's form: starting, drafts saved and returned to, the journey page by page,
 * check your answers, exactly-once submission and staff entering a request for a caller (assisted
 * digital). It publishes {@link org.porth.apply.RequestSubmitted}; other modules use that event and
 * the records it carries, never its drafts.
 */
@ApplicationModule(displayName = "Apply", allowedDependencies = {"attachments", "attachments::ui", "booking", "catalogue", "forms", "gazetteer", "identity", "resident", "shared", "shell"})
package org.porth.apply;

import org.springframework.modulith.ApplicationModule;
