package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;
import static org.porth.forms.ErrorMessages.variant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.Text;
import org.porth.catalogue.Validation;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/**
 * A date from day, month and year inputs (the GOV.UK pattern), or an ISO {@code value} (from the
 * API). Stored as the ISO date in {@code value} with the three parts, so the inputs can show it again.
 */
final class DateValidator implements TypeValidator {

    static final String DAY = "day";
    static final String MONTH = "month";
    static final String YEAR = "year";
    private static final List<String> PARTS = List.of(DAY, MONTH, YEAR);
    private static final Map<String, Pattern> DIGITS = Map.of(
            DAY, Pattern.compile("\\d{1,2}"), MONTH, Pattern.compile("\\d{1,2}"), YEAR, Pattern.compile("\\d{4}"));

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        if (PARTS.stream().noneMatch(part -> answer.field(part).isPresent())) {
            return fromIso(question, answer.value().orElse("").strip(), context);
        }
        Map<String, String> parts = Map.of(DAY, text(answer, DAY), MONTH, text(answer, MONTH), YEAR, text(answer, YEAR));
        List<String> missing = PARTS.stream().filter(part -> parts.get(part).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return AnswerCheck.invalid(error(question, ErrorKind.DATE_INCOMPLETE, missing.getFirst(), partNames(missing)));
        }
        for (String part : PARTS) {
            if (!DIGITS.get(part).matcher(parts.get(part)).matches()) {
                return AnswerCheck.invalid(error(question, ErrorKind.REAL_DATE, part));
            }
        }
        int month = Integer.parseInt(parts.get(MONTH));
        if (month < 1 || month > 12) {
            return AnswerCheck.invalid(error(question, ErrorKind.REAL_DATE, MONTH));
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(parts.get(YEAR)), month, Integer.parseInt(parts.get(DAY)));
        } catch (DateTimeException e) {
            return AnswerCheck.invalid(error(question, ErrorKind.REAL_DATE, DAY));
        }
        return inRange(question, date, context.today());
    }

    private static AnswerCheck fromIso(Question question, String iso, ValidationContext context) {
        try {
            return inRange(question, LocalDate.parse(iso), context.today());
        } catch (DateTimeException e) {
            return AnswerCheck.invalid(error(question, ErrorKind.REAL_DATE, DAY));
        }
    }

    private static AnswerCheck inRange(Question question, LocalDate date, LocalDate today) {
        List<FieldError> outOfRange = outOfRange(question, date, today);
        return outOfRange.isEmpty() ? AnswerCheck.valid(normalised(date)) : AnswerCheck.invalid(outOfRange);
    }

    private static List<FieldError> outOfRange(Question question, LocalDate date, LocalDate today) {
        Validation rules = question.validation();
        List<FieldError> errors = new ArrayList<>();
        if (rules.notBefore() != null) {
            DateBound bound = new DateBound(rules.notBefore());
            LocalDate earliest = bound.resolve(today);
            if (date.isBefore(earliest)) {
                String template = bound.isToday() ? "date-too-early.today" : bound.isTomorrow() ? "date-too-early.future" : "date-too-early";
                errors.add(variant(question, ErrorKind.DATE_TOO_EARLY, template, DAY, bothLanguages(earliest)));
            }
        }
        if (rules.notAfter() != null) {
            DateBound bound = new DateBound(rules.notAfter());
            LocalDate latest = bound.resolve(today);
            if (date.isAfter(latest)) {
                String template = bound.isToday() ? "date-too-late.today" : bound.isYesterday() ? "date-too-late.past" : "date-too-late";
                errors.add(variant(question, ErrorKind.DATE_TOO_LATE, template, DAY, bothLanguages(latest)));
            }
        }
        return errors;
    }

    private static String text(Answer answer, String part) {
        return answer.field(part).map(String::strip).orElse("");
    }

    static Answer normalised(LocalDate date) {
        return new Answer(Map.of(Answer.VALUE, List.of(date.toString()),
                DAY, List.of(String.valueOf(date.getDayOfMonth())),
                MONTH, List.of(String.valueOf(date.getMonthValue())),
                YEAR, List.of(String.valueOf(date.getYear()))));
    }

    /** "day", "month and year": the parts a date is missing, in each language. */
    private static Text partNames(List<String> missing) {
        return new Text(partNames(missing, Language.ENGLISH), partNames(missing, Language.WELSH));
    }

    private static String partNames(List<String> missing, Language language) {
        List<String> names = missing.stream().map(part -> Translations.get(language, "form.date." + part)).toList();
        return names.size() == 1 ? names.getFirst() : Translations.get(language, "form.date.parts", names.get(0), names.get(1));
    }

    private static Text bothLanguages(LocalDate date) {
        return new Text(DateText.format(date, Language.ENGLISH), DateText.format(date, Language.WELSH));
    }
}
