package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;

import java.util.Locale;
import java.util.regex.Pattern;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;

/**
 * An email address that mail can be delivered to: a local part, one {@code @}, and a domain of
 * at least two labels ending in a real-looking top-level domain. Stored trimmed, domain in lower case.
 */
final class EmailValidator implements TypeValidator {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL_PART = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
    private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile("(" + LABEL + "\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    private static final int MAX_LENGTH = 320;
    private static final int MAX_LOCAL_LENGTH = 64;

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        String text = answer.value().orElse("").strip();
        int at = text.lastIndexOf('@');
        if (at < 1 || text.length() > MAX_LENGTH) {
            return invalid(question);
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL_PART.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
            return invalid(question);
        }
        return AnswerCheck.valid(Answer.of(local + "@" + domain));
    }

    private static AnswerCheck invalid(Question question) {
        return AnswerCheck.invalid(error(question, ErrorKind.EMAIL_FORMAT, null));
    }
}
