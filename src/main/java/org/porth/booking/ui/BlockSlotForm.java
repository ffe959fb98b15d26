package org.porth.booking.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.booking.SlotTime;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;

/**
 * Blocking a slot that has bookings: for each booking, move it to a free time that day or on
 * another day with space ({@link MoveOrCancel}), or cancel it (the booking module tells the
 * resident either way). The slot is blocked first so that nobody books into it meanwhile; a booking
 * that could not be moved stays on the form with why.
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
    private final Map<BookingDetails, MoveOrCancel> choices = new LinkedHashMap<>();

    BlockSlotForm(DayActions actions, BookableResource resource, SlotTime slot, String time,
            List<BookingDetails> bookings, Language language, ErrorSummary errors, Consumer<String> done) {
        this.actions = actions;
        this.slot = slot;
        this.time = time;
        this.errors = errors;
        this.done = done;
        setId("block-slot");
        H3 heading = new H3(getTranslation("booking.staff.block-heading", time));
        heading.addClassName("porth-heading-m");
        add(heading, new Paragraph(getTranslation("booking.staff.block-explain", bookings.size())));
        List<DayWithSpace> days = actions.daysWithSpace(resource);
        boolean wholeDay = resource.slotLength().isEmpty();
        for (BookingDetails booking : bookings) {
            MoveOrCancel choice = new MoveOrCancel(booking, actions.residentName(booking.residentId()),
                    slot.start().toLocalDate(), days, this::freeTimes, wholeDay, language);
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

    /** The day's free times, less the slot being blocked. */
    private List<FreeTime> freeTimes(LocalDate date) {
        return actions.freeTimes(slot.resourceId(), date).stream()
                .filter(free -> !free.start().equals(slot.start())).toList();
    }

    private void blockAndSettle() {
        List<Problem> problems = new ArrayList<>();
        choices.forEach((booking, choice) -> {
            boolean missing = choice.value() == null;
            String message = getTranslation("booking.staff.choose-error", booking.reference());
            choice.problem(missing ? message : null);
            if (missing) {
                problems.add(new Problem(choice.choiceId(), message));
            }
        });
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        actions.slots.block(slot);
        int moved = 0;
        int cancelled = 0;
        for (Map.Entry<BookingDetails, MoveOrCancel> entry : choices.entrySet()) {
            BookingDetails booking = entry.getKey();
            MoveOrCancel choice = entry.getValue();
            FreeTime moveTo = choice.value().moveTo();
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
                        getTranslation(refused.reason() == BookingRefused.Reason.LIMIT_REACHED
                                ? "booking.staff.move-refused.limit-reached" : refused.messageKey()));
                choice.showTimes();
                choice.problem(message);
                problems.add(new Problem(choice.choiceId(), message));
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
