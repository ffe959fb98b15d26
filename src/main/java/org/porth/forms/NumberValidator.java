package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;
import static org.porth.forms.ErrorMessages.same;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.Validation;

/**
 * A number: whole numbers only, unless the question's {@code min} or {@code max} is written with
 * decimals (e.g. {@code min: 0.5}). Thousands may be grouped with commas ("1,200").
 */
final class NumberValidator implements TypeValidator {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        String text = answer.value().orElse("").strip();
        if (!NUMBER.matcher(text).matches()) {
            return AnswerCheck.invalid(error(question, ErrorKind.NOT_A_NUMBER, null));
        }
        BigDecimal number = new BigDecimal(text.replace(",", "")).stripTrailingZeros();
        Validation rules = question.validation();
        if (number.scale() > 0 && !allowsDecimals(rules)) {
            return AnswerCheck.invalid(error(question, ErrorKind.WHOLE_NUMBER, null));
        }
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            return AnswerCheck.invalid(error(question, ErrorKind.TOO_SMALL, null, same(rules.min().toPlainString())));
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            return AnswerCheck.invalid(error(question, ErrorKind.TOO_BIG, null, same(rules.max().toPlainString())));
        }
        return AnswerCheck.valid(Answer.of(number.toPlainString()));
    }

    private static boolean allowsDecimals(Validation rules) {
        return (rules.min() != null && rules.min().scale() > 0) || (rules.max() != null && rules.max().scale() > 0);
    }
}
