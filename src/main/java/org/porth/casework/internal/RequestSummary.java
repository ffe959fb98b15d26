package org.porth.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * What a request is about, in one line for a queue of cases, in English and in Welsh: the answers
 * to the questions its service lists under {@code case-summary}, or by default the first choice
 * answered and the first short text typed that is not from the resident's profile (a name, say).
 * Options are written with their labels, so the officer reads "Leaking pipe", not {@code leak}.
 * Written once, when the case opens, so a page of cases reads it as a column.
 */
final class RequestSummary {

    /** The longest line; anything longer is cut at a word and ends with an ellipsis. */
    static final int MAX_LENGTH = 200;
    private static final String BETWEEN = " – ";

    private RequestSummary() {
    }

    static Text of(ServiceDefinition service, Answers answers) {
        List<Question> questions = questions(service, answers);
        return new Text(line(questions, answers, Language.ENGLISH), line(questions, answers, Language.WELSH));
    }

    private static List<Question> questions(ServiceDefinition service, Answers answers) {
        if (!service.caseSummary().isEmpty()) {
            return service.caseSummary().stream().flatMap(id -> service.question(id).stream()).toList();
        }
        List<Question> answered = service.pages().stream().flatMap(page -> page.questions().stream())
                .filter(question -> answers.get(question.id()).filter(answer -> !answer.isBlank()).isPresent())
                .toList();
        List<Question> byDefault = new ArrayList<>();
        answered.stream().filter(question -> question.type() == QuestionType.SINGLE_CHOICE
                || question.type() == QuestionType.MULTIPLE_CHOICE).findFirst().ifPresent(byDefault::add);
        answered.stream().filter(question -> question.type() == QuestionType.SHORT_TEXT && question.prefill() == null)
                .findFirst().ifPresent(byDefault::add);
        return byDefault;
    }

    private static String line(List<Question> questions, Answers answers, Language language) {
        String line = questions.stream()
                .flatMap(question -> answers.get(question.id()).map(answer -> written(question, answer, language)).stream())
                .map(text -> text.replaceAll("\\s+", " ").strip())
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining(BETWEEN));
        return shortened(line);
    }

    private static String written(Question question, Answer answer, Language language) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> answer.values(Answer.VALUE).stream()
                    .map(value -> label(question, value, language)).collect(Collectors.joining(", "));
            case DATE -> answer.value().map(value -> date(value, language)).orElse("");
            case ADDRESS -> answer.field("line1").orElse("");
            case BOOKING -> answer.field("date").map(value -> date(value, language)).orElse("");
            case LOCATION -> Stream.of(answer.field("street").or(() -> answer.field("line1")), answer.field("description"))
                    .flatMap(Optional::stream).filter(text -> !text.isBlank()).collect(Collectors.joining(", "));
            default -> question.type().summarisesACase() ? answer.value().orElse("") : "";
        };
    }

    private static String label(Question question, String value, Language language) {
        return question.options().stream().filter(option -> option.value().equals(value))
                .map(Option::label).filter(Objects::nonNull).map(label -> label.in(language))
                .findFirst().orElse(value);
    }

    private static String date(String value, Language language) {
        try {
            return DateText.format(LocalDate.parse(value), language);
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    private static String shortened(String line) {
        if (line.length() <= MAX_LENGTH) {
            return line;
        }
        String cut = line.substring(0, MAX_LENGTH - 1);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > MAX_LENGTH / 2 ? cut.substring(0, lastSpace) : cut).strip() + "…";
    }
}
