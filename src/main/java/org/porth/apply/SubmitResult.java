package org.porth.apply;

import java.util.List;
import org.porth.forms.FieldError;
import org.porth.shared.Reference;

/** What Submit did. */
public sealed interface SubmitResult {

    record Submitted(Reference reference) implements SubmitResult {
    }

    /** The declaration was not confirmed, or the form is not complete after all. */
    record NotSubmitted(List<FieldError> errors, CheckYourAnswers check) implements SubmitResult {
    }
}
