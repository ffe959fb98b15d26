package org.porth.forms;

import static org.porth.forms.ErrorMessages.variant;

import java.util.EnumMap;
import java.util.Map;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.springframework.stereotype.Component;

/**
 * Checks one answer on the server, whatever sent it (a form, a caseworker, the API): the normalised
 * answer, or errors in English and Welsh that name the question ("Enter the date your child was born").
 */
@Component
public class AnswerValidator {

    private final Map<QuestionType, TypeValidator> validators = new EnumMap<>(QuestionType.class);

    public AnswerValidator() {
        TextValidator text = new TextValidator();
        NumberValidator number = new NumberValidator();
        ChoiceValidator choice = new ChoiceValidator();
        validators.put(QuestionType.SHORT_TEXT, text);
        validators.put(QuestionType.LONG_TEXT, text);
        validators.put(QuestionType.NUMBER, number);
        validators.put(QuestionType.MONEY, new MoneyValidator());
        validators.put(QuestionType.DATE, new DateValidator());
        validators.put(QuestionType.YES_NO, choice);
        validators.put(QuestionType.SINGLE_CHOICE, choice);
        validators.put(QuestionType.MULTIPLE_CHOICE, choice);
        validators.put(QuestionType.EMAIL, new EmailValidator());
        validators.put(QuestionType.UK_PHONE, new PhoneValidator());
        validators.put(QuestionType.UK_POSTCODE, new PostcodeValidator());
        validators.put(QuestionType.ADDRESS, new AddressValidator());
        validators.put(QuestionType.LOCATION, new LocationValidator());
        validators.put(QuestionType.FILE_UPLOAD, new FileValidator());
        validators.put(QuestionType.DECLARATION, new DeclarationValidator());
        validators.put(QuestionType.BOOKING, new BookingValidator());
    }

    /**
     * @param answer what was sent for the question; null or blank when nothing was
     * @return the normalised answer (empty when an optional question was left blank), or the errors
     */
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        if (answer == null || answer.isBlank()) {
            return question.required()
                    ? AnswerCheck.invalid(variant(question, ErrorKind.REQUIRED, requiredTemplate(question.type()), null))
                    : AnswerCheck.blank();
        }
        return validators.get(question.type()).check(question, answer, context);
    }

    /** "Enter ...", but "Select ..." for a choice, "Upload ..." for files and "Confirm ..." for a declaration. */
    static String requiredTemplate(QuestionType type) {
        return switch (type) {
            case YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, BOOKING -> "required.choose";
            case FILE_UPLOAD -> "required.upload";
            case DECLARATION -> "required.confirm";
            default -> "required";
        };
    }
}
