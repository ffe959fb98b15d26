package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;
import static org.porth.forms.ErrorMessages.same;

import java.util.Optional;
import java.util.regex.Pattern;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.Validation;

/** Short and long text: trimmed, within its length, matching its pattern. */
final class TextValidator implements TypeValidator {

    /** Limits when the definition sets none, so that no answer can be of any size. */
    static final int SHORT_TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 5000;

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        String text = normalise(question.type(), answer.value().orElse(""));
        Validation rules = question.validation();
        int defaultMax = question.type() == QuestionType.LONG_TEXT ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
        Optional<FieldError> problem = lengthProblem(question, text, rules.maxLength() != null ? rules.maxLength() : defaultMax, null)
                .or(() -> tooShort(question, text))
                .or(() -> patternProblem(question, text));
        return problem.map(AnswerCheck::invalid).orElseGet(() -> AnswerCheck.valid(Answer.of(text)));
    }

    /** Too long for {@code max} characters, counted as the resident sees them (a line break is one). */
    static Optional<FieldError> lengthProblem(Question question, String text, int max, String field) {
        return length(text) > max ? Optional.of(error(question, ErrorKind.TOO_LONG, field, same(max))) : Optional.empty();
    }

    private static Optional<FieldError> tooShort(Question question, String text) {
        Integer min = question.validation().minLength();
        return min != null && length(text) < min
                ? Optional.of(error(question, ErrorKind.TOO_SHORT, null, same(min))) : Optional.empty();
    }

    private static Optional<FieldError> patternProblem(Question question, String text) {
        String pattern = question.validation().pattern();
        return pattern != null && !Pattern.compile(pattern).matcher(text).matches()
                ? Optional.of(error(question, ErrorKind.PATTERN, null)) : Optional.empty();
    }

    /** Browsers send line breaks as CR LF; a short text has none. */
    static String normalise(QuestionType type, String text) {
        String unixLines = text.replace("\r\n", "\n").replace('\r', '\n');
        return (type == QuestionType.LONG_TEXT ? unixLines : unixLines.replace('\n', ' ')).strip();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
