package org.porth.apply;

import java.util.List;

import org.porth.catalogue.EligibilityExit;
import org.porth.catalogue.Text;
import org.porth.forms.FieldError;

/** What happens when a resident presses Continue on a form page. */
public sealed interface PageResult {

    /** Something is wrong: the page shows these errors and everything typed stays as typed. */
    record Invalid(List<FieldError> errors) implements PageResult {
    }

    /** Saved: go on to this position (a page, or check your answers). */
    record Saved(FormPosition next) implements PageResult {
    }

    /** Saved, but the answers mean the resident cannot use this service. */
    record Stopped(String draftId, String pageId, EligibilityExit exit) implements PageResult {
    }

    /**
     * Saved, and the resident changed details their account prefilled (the answers to
     * {@code questionIds}): ask, in {@code wording}, whether to update their account too.
     */
    record AskToShare(String draftId, String pageId, List<String> questionIds, Text wording) implements PageResult {
    }
}
