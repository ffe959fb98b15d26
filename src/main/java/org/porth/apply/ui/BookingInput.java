package org.porth.apply.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.porth.booking.Availability;
import org.porth.booking.BookableResource;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.forms.Answer;
import org.porth.forms.BookingAnswer;
import org.porth.forms.FieldError;
import org.porth.shared.DateText;
import org.porth.shared.Translations;
import org.porth.shell.TextInput;

/**
 * A booking question: the days with places left as radio buttons, a date box as the other way in,
 * then the day's times when the resource has times (a collection round has one slot a day).
 * Nothing is held here: Continue holds the day on the server, and a day that has just filled comes
 * back as this question's error, with the days offered afresh.
 */
final class BookingInput extends QuestionInput {

    /** What the form books for its answers so far (empty: none serves the form's address), and from when. */
    record Choices(Optional<BookableResource> resource, Availability availability, LocalDate today) {
    }

    private final Choices choices;
    private final Div root = new Div();
    private final RadioButtonGroup<LocalDate> days = new RadioButtonGroup<>();
    private final TextInput dateGroup;
    private final Input dateBox;
    private final RadioButtonGroup<LocalTime> times = new RadioButtonGroup<>();
    private List<DayWithSpace> placesByDay = List.of();

    BookingInput(Labels labels, Choices choices) {
        super(labels);
        this.choices = choices;
        dateGroup = new TextInput(Ids.of(question().id(), BookingAnswer.DATE), text("form.booking.date-box"),
                text("form.booking.date-box-hint"), false).kind("date", null).width("porth-input--width-10");
        dateBox = dateGroup.input();
        root.addClassName("porth-question");
        if (choices.resource().isEmpty()) {
            Paragraph none = new Paragraph(text("form.booking.not-served"));
            none.setId(Ids.of(question().id()));
            root.add(none);
            return;
        }
        days.setId(Ids.of(question().id()));
        labels.apply(days);
        labels.hint().ifPresent(days::setHelperText);
        days.setManualValidation(true);
        days.setItemLabelGenerator(this::dayLabel);
        days.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                dateBox.setValue("");
            }
            offerTimes(change.getValue());
        });
        refreshDays();
        root.add(days, dateBox());
        if (hasTimes()) {
            times.setId(Ids.of(question().id(), BookingAnswer.TIME));
            times.setLabel(text("form.booking.time"));
            times.setManualValidation(true);
            times.setVisible(false);
            root.add(times);
        }
    }

    private TextInput dateBox() {
        dateBox.addValueChangeListener(change -> typedDate().ifPresent(date -> {
            days.setValue(days.getListDataView().contains(date) ? date : null);
            offerTimes(date);
        }));
        return dateGroup;
    }

    private boolean hasTimes() {
        return choices.resource().map(resource -> resource.slotLength().isPresent()).orElse(false);
    }

    private void refreshDays() {
        BookableResource resource = choices.resource().orElseThrow();
        LocalDate chosen = days.getValue();
        placesByDay = choices.availability().days(resource.id(), choices.today(),
                choices.today().plusDays(resource.horizonDays()));
        List<LocalDate> open = placesByDay.stream().map(DayWithSpace::date).toList();
        days.setItems(open);
        days.setValue(open.contains(chosen) ? chosen : null);
        if (open.isEmpty()) {
            days.setHelperText(text("form.booking.no-days"));
        }
    }

    private String dayLabel(LocalDate date) {
        int places = placesByDay.stream().filter(day -> day.date().equals(date)).findFirst()
                .map(DayWithSpace::placesLeft).orElse(0);
        return DateText.withWeekday(date, labels.language()) + " – " + text("form.booking.places", places);
    }

    private void offerTimes(LocalDate date) {
        if (!hasTimes()) {
            return;
        }
        LocalTime chosen = times.getValue();
        List<FreeTime> free = date == null ? List.of()
                : choices.availability().times(choices.resource().orElseThrow().id(), date);
        times.setItems(free.stream().map(time -> time.start().toLocalTime()).toList());
        times.setItemLabelGenerator(time -> DateText.time(time, labels.language()) + " – " + text("form.booking.places", free.stream()
                .filter(slot -> slot.start().toLocalTime().equals(time)).findFirst().map(FreeTime::placesLeft).orElse(0)));
        times.setValue(free.stream().anyMatch(slot -> slot.start().toLocalTime().equals(chosen)) ? chosen : null);
        times.setVisible(date != null);
    }

    private Optional<LocalDate> typedDate() {
        String typed = dateBox.getValue() == null ? "" : dateBox.getValue().strip();
        try {
            return typed.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(typed));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private String text(String key, Object... params) {
        return Translations.get(labels.language(), key, params);
    }

    @Override
    Component component() {
        return root;
    }

    @Override
    Answer read() {
        Optional<LocalDate> date = Optional.ofNullable(days.getValue()).or(this::typedDate);
        return date.map(day -> BookingAnswer.chosen(day, hasTimes() ? times.getValue() : null))
                .orElseGet(() -> new Answer(Map.of()));
    }

    @Override
    void show(Answer answer) {
        if (choices.resource().isEmpty()) {
            return;
        }
        BookingAnswer.date(answer).ifPresent(date -> {
            if (days.getListDataView().contains(date)) {
                days.setValue(date);
            } else {
                dateBox.setValue(date.toString());
                offerTimes(date);
            }
        });
        BookingAnswer.time(answer).ifPresent(time -> {
            if (times.getListDataView().contains(time)) {
                times.setValue(time);
            }
        });
    }

    /** The days and times are offered afresh, since one may have filled; the messages go by their inputs. */
    @Override
    void showErrors(List<FieldError> errors) {
        if (choices.resource().isEmpty()) {
            return;
        }
        refreshDays();
        offerTimes(days.getValue() != null ? days.getValue() : typedDate().orElse(null));
        Labels.mark(days, labels.messageFor(errors, BookingAnswer.DATE).or(() -> labels.messageFor(errors, null)));
        Labels.mark(times, labels.messageFor(errors, BookingAnswer.TIME));
    }
}
