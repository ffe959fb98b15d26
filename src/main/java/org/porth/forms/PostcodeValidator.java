package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.shared.Postcode;

/** A full UK postcode in any case and spacing, stored in its standard form ("CF10 1EP"). */
final class PostcodeValidator implements TypeValidator {

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        return Postcode.parse(answer.value().orElse(""))
                .map(postcode -> AnswerCheck.valid(Answer.of(postcode.value())))
                .orElseGet(() -> AnswerCheck.invalid(error(question, ErrorKind.POSTCODE_FORMAT, null)));
    }
}
