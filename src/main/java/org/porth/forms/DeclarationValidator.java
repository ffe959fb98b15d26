package org.porth.forms;

import static org.porth.forms.ErrorMessages.variant;

import java.util.Locale;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;

/** A declaration counts only when confirmed; anything else is the question's "confirm" message. */
final class DeclarationValidator implements TypeValidator {

    static final String CONFIRMED = "confirmed";

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        return answer.value().orElse("").strip().toLowerCase(Locale.ROOT).equals(CONFIRMED)
                ? AnswerCheck.valid(Answer.of(CONFIRMED))
                : AnswerCheck.invalid(variant(question, ErrorKind.REQUIRED, AnswerValidator.requiredTemplate(question.type()), null));
    }
}
