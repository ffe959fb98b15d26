package org.porth.booking.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.FreeTime;
import org.porth.booking.SlotTime;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;

/**
 * Blocking a slot that has bookings: for each booking, move it to another free time that day or
 * cancel it (the booking module tells the resident either way). The slot is blocked first so that
 * nobody books into it meanwhile; a booking that could not be moved stays on the form with why.
 */
final class BlockSlotForm extends Div {

    /** What to do with a booking: move it to a free time, or cancel it when {@code moveTo} is null. */
    record Choice(FreeTime moveTo) {
    }

    private final DayActions actions;
    private final SlotTime slot;
    private final String time;
    private final ErrorSummary errors;
    private final Consumer<String> done;
    private final Map<BookingDetails, Select<Choice>> choices = new LinkedHashMap<>();

    BlockSlotForm(DayActions actions, SlotTime slot, String time, List<BookingDetails> bookings, Language language,
            ErrorSummary errors, Consumer<String> done) {
        this.actions = actions;
        this.slot = slot;
        this.time = time;
        this.errors = errors;
        this.done = done;
        setId("block-slot");
        H3 heading = new H3(getTranslation("booking.staff.block-heading", time));
        heading.addClassName("porth-heading-m");
        add(heading, new Paragraph(getTranslation("booking.staff.block-explain", bookings.size())));
        List<Choice> options = Stream.concat(Stream.of(new Choice(null)),
                actions.freeTimes(slot.resourceId(), slot.start().toLocalDate()).stream()
                        .filter(free -> !free.start().equals(slot.start())).map(Choice::new)).toList();
        for (BookingDetails booking : bookings) {
            Select<Choice> choice = new Select<>();
            choice.setId("choice-" + booking.reference());
            choice.setLabel(getTranslation("booking.staff.choice-label", booking.reference(),
                    actions.residentName(booking.residentId())));
            choice.setItems(options);
            choice.setItemLabelGenerator(option -> option == null ? getTranslation("booking.staff.choose")
                    : option.moveTo() == null ? getTranslation("booking.staff.cancel-it")
                    : getTranslation("booking.staff.move-to", Times.time(option.moveTo().start()),
                            option.moveTo().placesLeft()));
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("booking.staff.choose"));
            choices.put(booking, choice);
            add(choice);
        }
        NativeButton confirm = new NativeButton(getTranslation("booking.staff.block-confirm"), click -> blockAndSettle());
        confirm.setId("block-confirm");
        confirm.addClassName("porth-button");
        NativeButton back = new NativeButton(getTranslation("booking.staff.block-back"), click -> done.accept(null));
        back.addClassNames("porth-button", "porth-button--secondary");
        add(new Div(confirm, back));
    }

    private void blockAndSettle() {
        List<Problem> problems = new ArrayList<>();
        choices.forEach((booking, choice) -> {
            boolean missing = choice.getValue() == null;
            String message = getTranslation("booking.staff.choose-error", booking.reference());
            choice.setInvalid(missing);
            choice.setErrorMessage(missing ? message : null);
            if (missing) {
                problems.add(new Problem(choice.getId().orElseThrow(), message));
            }
        });
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        actions.slots.block(slot);
        int moved = 0;
        int cancelled = 0;
        for (Map.Entry<BookingDetails, Select<Choice>> entry : choices.entrySet()) {
            BookingDetails booking = entry.getKey();
            Select<Choice> choice = entry.getValue();
            FreeTime moveTo = choice.getValue().moveTo();
            try {
                if (moveTo == null) {
                    actions.bookings.cancel(booking.reference());
                    cancelled++;
                } else {
                    actions.bookings.reschedule(booking.reference(), moveTo.start());
                    moved++;
                }
                choice.setVisible(false);
            } catch (BookingRefused refused) {
                String message = getTranslation("booking.staff.not-moved", booking.reference(),
                        getTranslation(refused.messageKey()));
                choice.setInvalid(true);
                choice.setErrorMessage(message);
                problems.add(new Problem(choice.getId().orElseThrow(), message));
            }
        }
        if (problems.isEmpty()) {
            done.accept(getTranslation("booking.staff.blocked-settled", time, moved, cancelled));
        } else {
            choices.values().removeIf(choice -> !choice.isVisible());
            errors.show(problems);
        }
    }
}
