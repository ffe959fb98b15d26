package org.porth.forms;

import java.util.List;


/**
 * The outcome of Continue on a page.
 *
 * @param answers all the draft's answers, with this page's valid answers normalised, its invalid ones
 *                kept as typed (nothing the resident typed is lost), and its blank or hidden ones removed
 * @param errors  every error on the page in question order, for the error summary; empty when the
 *                resident may go on
 */
public record PageCheck(Answers answers, List<FieldError> errors) {

    public PageCheck {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
