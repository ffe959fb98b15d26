package org.porth.apply.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;
import org.porth.catalogue.Question;
import org.porth.shell.DateInput;

/**
 * A date question as the kit's day, month and year boxes (the GOV.UK date input), not only a picker.
 * A hint that gives an example of a date to come writes {@value #EXAMPLE_DATE}: it is shown as the
 * first day of next month, so that the example is never a day already past.
 */
final class DateAnswerInput extends QuestionInput {

    static final String EXAMPLE_DATE = "{example-date}";

    private final DateInput date;

    DateAnswerInput(Labels labels, LocalDate today) {
        super(labels);
        Question question = labels.question();
        LocalDate example = today.plusMonths(1).withDayOfMonth(1);
        date = new DateInput(Ids.of(question.id()), labels.hint().map(hint -> hint.replace(EXAMPLE_DATE,
                example.getDayOfMonth() + " " + example.getMonthValue() + " " + example.getYear())).orElse(null));
        date.addClassName("porth-question");
        if (labels.heading() == null) {
            date.legend(labels.label());
        } else {
            date.labelledBy(labels.heading());
        }
        if ("date-of-birth".equals(question.prefill())) {
            date.birthday();
        }
    }

    @Override
    Component component() {
        return date;
    }

    @Override
    Answer read() {
        Map<String, List<String>> fields = new HashMap<>();
        DateInput.PARTS.forEach(part -> fields.put(part, List.of(date.text(part))));
        return new Answer(fields);
    }

    @Override
    void show(Answer answer) {
        DateInput.PARTS.forEach(part -> date.setText(part, answer.field(part).orElse("")));
    }

    /** One message for the group; the boxes it is about are marked (all of them when it is about the date). */
    @Override
    void showErrors(List<FieldError> errors) {
        Optional<FieldError> first = errors.stream().findFirst();
        date.problem(first.map(e -> e.message().in(labels.language())).orElse(null),
                first.map(e -> e.field() == null ? Set.copyOf(DateInput.PARTS) : Set.of(e.field())).orElse(Set.of()));
    }

    @Override
    String focusTarget(String field) {
        return Ids.of(labels.question().id(), field == null || !DateInput.PARTS.contains(field) ? DateInput.DAY : field);
    }
}
