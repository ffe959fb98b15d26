package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRescheduled;
import org.porth.booking.BookingStatus;
import org.porth.booking.DayWithSpace;
import org.porth.booking.SlotState;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Blocking a slot with bookings, moving them to another day: a time on the day chosen, or for a
 * whole-day resource the day itself; a time filled meanwhile is refused next to the choice.
 */
@RecordApplicationEvents
class BlockedSlotMovesToAnotherDayTest extends StaffDayViewTest {

    @Test
    void aBookingMovesToATimeOnAnotherDayAndTheBlockedSlotIsFreed() {
        List<SlotTime> slots = fixtures.freshSlotsTwoDays("test-ten-places");
        SlotTime slot = slots.getFirst();
        SlotTime target = slots.getLast();
        Profile caller = fixtures.caller("Jac");
        BookingDetails booking = fixtures.bookByPhone(caller, slot, "another-day");
        signIn(People.officer(Role.SUPERVISOR));
        openDay(slot.resourceId(), slot.start().toLocalDate());
        String time = Times.range(slot.start(), slot.start().plusMinutes(15));
        block(time);

        Select<DayWithSpace> day = day(booking);
        assertThat(day.getLabel()).isEqualTo("Day for " + booking.reference() + " (" + caller.name().full() + ")");
        assertThat(day.getValue().date()).as("the slot's own day first").isEqualTo(slot.start().toLocalDate());
        chooseDay(day, target.start().toLocalDate());
        Select<BlockSlotForm.Choice> choice = choice(booking);
        moveTo(choice, target);
        assertThat(choice.getItemLabelGenerator().apply(choice.getValue())).startsWith("Move to "
                + DateText.withWeekday(target.start().toLocalDate(), Language.ENGLISH) + ", " + Times.time(target.start()));
        test(find(NativeButton.class).withId("block-confirm").single()).click();

        assertThat(pageText()).contains(time + " is blocked. Bookings moved: 1. Bookings cancelled: 0.");
        assertThat(rowText(slot.start())).contains("0 of 10 taken", "Blocked").doesNotContain(booking.reference());
        assertThat(assisted.bookingsOf(caller.id())).singleElement().satisfies(moved -> {
            assertThat(moved.reference()).isEqualTo(booking.reference());
            assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(moved.start()).isEqualTo(target.start());
        });
        assertThat(state(target).taken()).isEqualTo(1);
        assertThat(events.stream(BookingRescheduled.class).filter(moved -> moved.reference().equals(booking.reference())))
                .as("the resident is told").singleElement().satisfies(moved -> {
                    assertThat(moved.from()).isEqualTo(slot.start());
                    assertThat(moved.to()).isEqualTo(target.start());
                });
    }

    @Test
    void forAWholeDayResourceChoosingTheDayIsEnough() {
        List<SlotTime> days = fixtures.freshSlotsTwoDays("test-whole-day");
        SlotTime slot = days.getFirst();
        SlotTime target = days.getLast();
        BookingDetails booking = fixtures.bookByPhone(fixtures.caller("Kim"), slot, "whole-day");
        signIn(People.officer(Role.SUPERVISOR));
        openDay(slot.resourceId(), slot.start().toLocalDate());
        block("07:00–15:00");
        assertThat(choice(booking).getListDataView().getItems()).as("no other time that day")
                .extracting(BlockSlotForm.Choice::moveTo).containsOnlyNulls();

        chooseDay(day(booking), target.start().toLocalDate());

        Select<BlockSlotForm.Choice> choice = choice(booking);
        assertThat(choice.getValue().moveTo().start()).isEqualTo(target.start());
        assertThat(choice.getItemLabelGenerator().apply(choice.getValue())).isEqualTo("Move to "
                + DateText.withWeekday(target.start().toLocalDate(), Language.ENGLISH) + " (places left: 3)");
        test(find(NativeButton.class).withId("block-confirm").single()).click();

        assertThat(assisted.find(booking.reference()).orElseThrow().start()).isEqualTo(target.start());
        assertThat(state(slot)).satisfies(blocked -> {
            assertThat(blocked.blocked()).isTrue();
            assertThat(blocked.taken()).isZero();
        });
    }

    @Test
    void aTimeOnAnotherDayFilledMeanwhileIsRefusedNextToTheChoiceAndTheBookingStays() {
        List<SlotTime> slots = fixtures.freshSlotsTwoDays("test-one-place");
        SlotTime slot = slots.getFirst();
        SlotTime target = slots.getLast();
        BookingDetails booking = fixtures.bookByPhone(fixtures.caller("Lowri"), slot, "other-day-taken");
        signIn(People.officer(Role.SUPERVISOR));
        openDay(slot.resourceId(), slot.start().toLocalDate());
        block(Times.range(slot.start(), slot.start().plusMinutes(15)));
        chooseDay(day(booking), target.start().toLocalDate());
        Select<BlockSlotForm.Choice> choice = choice(booking);
        moveTo(choice, target);
        fixtures.bookByPhone(fixtures.caller("Quicker"), target, "other-day-meanwhile");

        test(find(NativeButton.class).withId("block-confirm").single()).click();

        String message = booking.reference() + " is still at this time: That time has just been taken. Choose another time.";
        assertThat(choice.getErrorMessage()).isEqualTo(message);
        assertThat(choice.isInvalid()).isTrue();
        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively()).contains(message);
        assertThat(day(booking).getValue().date()).as("the day chosen stays").isEqualTo(target.start().toLocalDate());
        assertThat(choice.getListDataView().getItems()).as("the filled time is no longer offered")
                .noneMatch(option -> option.moveTo() != null && option.moveTo().start().equals(target.start()));
        assertThat(assisted.find(booking.reference()).orElseThrow()).satisfies(stayed -> {
            assertThat(stayed.start()).isEqualTo(slot.start());
            assertThat(stayed.status()).isEqualTo(BookingStatus.CONFIRMED);
        });
        assertThat(state(slot).blocked()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private Select<DayWithSpace> day(BookingDetails booking) {
        return find(Select.class).withId("move-day-" + booking.reference()).single();
    }

    private static void chooseDay(Select<DayWithSpace> day, LocalDate date) {
        day.setValue(day.getListDataView().getItems().filter(option -> option.date().equals(date))
                .findFirst().orElseThrow());
    }

    private SlotState state(SlotTime slot) {
        return administration.day(slot.resourceId(), slot.start().toLocalDate()).stream()
                .filter(state -> state.start().equals(slot.start())).findFirst().orElseThrow();
    }
}
