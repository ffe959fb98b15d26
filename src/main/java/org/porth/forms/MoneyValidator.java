package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;
import static org.porth.forms.ErrorMessages.same;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.Validation;

/** An amount in pounds and pence: "£12.50", "12.5", "1,200" are all fine; stored as "12.50". */
final class MoneyValidator implements TypeValidator {

    private static final Pattern MONEY = Pattern.compile("£?\\s*((\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?|\\.\\d{1,2})");

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        String text = answer.value().orElse("").strip();
        if (!MONEY.matcher(text).matches()) {
            return AnswerCheck.invalid(error(question, ErrorKind.MONEY_FORMAT, null));
        }
        BigDecimal amount = new BigDecimal(text.replaceAll("[£,\\s]", "")).setScale(2, RoundingMode.UNNECESSARY);
        Validation rules = question.validation();
        if (rules.min() != null && amount.compareTo(rules.min()) < 0) {
            return AnswerCheck.invalid(error(question, ErrorKind.TOO_SMALL, null, same(display(rules.min()))));
        }
        if (rules.max() != null && amount.compareTo(rules.max()) > 0) {
            return AnswerCheck.invalid(error(question, ErrorKind.TOO_BIG, null, same(display(rules.max()))));
        }
        return AnswerCheck.valid(Answer.of(amount.toPlainString()));
    }

    /** "£1,200.00": how an amount is shown, the same in English and Welsh. */
    static String display(BigDecimal amount) {
        return new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }
}
