package org.porth.forms;

import static org.porth.forms.ErrorMessages.variant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;

/**
 * A booking answer names a real day (and time, if given). Whether that day has a place is the
 * booking's to say, when the form holds it on Continue; here a day that is not one reads as none
 * chosen.
 */
final class BookingValidator implements TypeValidator {

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        var date = BookingAnswer.date(answer);
        boolean badTime = answer.field(BookingAnswer.TIME).filter(text -> !text.isBlank()).isPresent()
                && BookingAnswer.time(answer).isEmpty();
        if (date.isEmpty() || badTime) {
            return AnswerCheck.invalid(variant(question, ErrorKind.REQUIRED, "required.choose", BookingAnswer.DATE));
        }
        Map<String, List<String>> fields = new HashMap<>(answer.fields());
        fields.put(BookingAnswer.DATE, List.of(date.get().toString()));
        BookingAnswer.time(answer).ifPresentOrElse(time -> fields.put(BookingAnswer.TIME, List.of(time.toString())),
                () -> fields.remove(BookingAnswer.TIME));
        return AnswerCheck.valid(new Answer(fields));
    }
}
