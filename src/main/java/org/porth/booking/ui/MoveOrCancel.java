package org.porth.booking.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.porth.booking.BookingDetails;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.booking.ui.BlockSlotForm.Choice;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * What to do with one booking of a slot being blocked: cancel it, or move it to a free time on a
 * day with space, the slot's own day first. For a whole-day resource (one slot a day, such as a
 * collection round) choosing another day is enough: its only time is chosen with it.
 */
final class MoveOrCancel extends Div {

    private final Select<DayWithSpace> day = new Select<>();
    private final Select<Choice> choice = new Select<>();
    private final LocalDate ownDay;
    private final Function<LocalDate, List<FreeTime>> times;
    private final boolean wholeDay;
    private final Language language;

    /**
     * @param days  the other days with space, up to the resource's horizon
     * @param times a day's free times, less the slot being blocked
     */
    MoveOrCancel(BookingDetails booking, String who, LocalDate ownDay, List<DayWithSpace> days,
            Function<LocalDate, List<FreeTime>> times, boolean wholeDay, Language language) {
        this.ownDay = ownDay;
        this.times = times;
        this.wholeDay = wholeDay;
        this.language = language;
        addClassName("porth-form-group");
        DayWithSpace own = new DayWithSpace(ownDay, times.apply(ownDay).stream().mapToInt(FreeTime::placesLeft).sum());
        day.setId("move-day-" + booking.reference());
        day.setLabel(getTranslation("booking.staff.move-day-label", booking.reference(), who));
        day.setHelperText(getTranslation("booking.staff.move-day-hint"));
        day.setItems(Stream.concat(Stream.of(own), days.stream().filter(other -> !other.date().equals(ownDay)))
                .sorted(Comparator.comparing(DayWithSpace::date)).toList());
        day.setItemLabelGenerator(option -> getTranslation("booking.staff.day-option",
                DateText.withWeekday(option.date(), language), option.placesLeft()));
        day.setValue(own);
        choice.setId("choice-" + booking.reference());
        choice.setLabel(getTranslation("booking.staff.choice-label", booking.reference(), who));
        choice.setItemLabelGenerator(this::label);
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("booking.staff.choose"));
        showTimes();
        day.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                dayChosen();
            }
        });
        add(day, choice);
    }

    /** What was chosen: null until something is. */
    Choice value() {
        return choice.getValue();
    }

    String choiceId() {
        return choice.getId().orElseThrow();
    }

    /** Says the problem next to the choice; null clears it. */
    void problem(String message) {
        choice.setInvalid(message != null);
        choice.setErrorMessage(message);
    }

    /** The chosen day's times again (one may have filled), keeping the choice while it is still free. */
    void showTimes() {
        Choice wanted = choice.getValue();
        LocalDate date = day.getValue() == null ? ownDay : day.getValue().date();
        List<Choice> options = Stream.concat(Stream.of(new Choice(null)), times.apply(date).stream().map(Choice::new))
                .toList();
        choice.setItems(options);
        if (wanted != null) {
            options.stream().filter(option -> sameChoice(option, wanted)).findFirst().ifPresent(choice::setValue);
        }
    }

    /** Choosing another day is choosing to move there: its only time is chosen with it. */
    private void dayChosen() {
        showTimes();
        List<Choice> moves = choice.getListDataView().getItems().filter(option -> option.moveTo() != null).toList();
        if (moves.size() == 1 && !day.getValue().date().equals(ownDay)) {
            choice.setValue(moves.getFirst());
        }
    }

    private static boolean sameChoice(Choice one, Choice other) {
        return one.moveTo() == null ? other.moveTo() == null
                : other.moveTo() != null && Objects.equals(one.moveTo().start(), other.moveTo().start());
    }

    private String label(Choice option) {
        if (option == null) {
            return getTranslation("booking.staff.choose");
        }
        if (option.moveTo() == null) {
            return getTranslation("booking.staff.cancel-it");
        }
        LocalDate date = option.moveTo().start().toLocalDate();
        String when = wholeDay ? DateText.withWeekday(date, language)
                : date.equals(ownDay) ? Times.time(option.moveTo().start())
                : DateText.withWeekday(date, language) + ", " + Times.time(option.moveTo().start());
        return getTranslation("booking.staff.move-to", when, option.moveTo().placesLeft());
    }
}
