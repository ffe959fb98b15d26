/**
 * Answers and the form engine, for every channel: the answer model and its stored JSON, the
 * check of one answer, of a page and of a whole set of answers ({@link org.porth.forms.FormCheck}),
 * conditions and the way through a form, and answers written out for check your answers and the case
 * record, in English and Welsh. No web page is needed to use it.
 */
@ApplicationModule(displayName = "Forms", allowedDependencies = {"attachments", "catalogue", "gazetteer", "shared"})
package org.porth.forms;

import org.springframework.modulith.ApplicationModule;
