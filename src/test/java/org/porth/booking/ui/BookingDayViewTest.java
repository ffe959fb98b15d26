package org.porth.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingPages;
import org.porth.booking.BookingRescheduled;
import org.porth.booking.BookingStatus;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;
import org.porth.shell.NotFoundView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The day view: staff see each slot's places and bookings, mark who came, and block slots without losing bookings. */
@RecordApplicationEvents
class BookingDayViewTest extends StaffDayViewTest {

    @Test
    void eachSlotShowsItsPlacesTakenOfItsCapacityAndItsBookingsWithWhoAndHow() {
        Profile caller = fixtures.caller("Dewi");
        List<SlotTime> slots = fixtures.freshSlotsOneDay("test-ten-places", 2);
        SlotTime slot = slots.getFirst();
        BookingDetails booking = fixtures.bookByPhone(caller, slot, "day-view");
        signIn(People.officer(Role.CASEWORKER));

        openDay(slot.resourceId(), slot.start().toLocalDate());

        assertThat(find(H2.class).withId("booking-day-heading").single().getText())
                .startsWith("Test ten places on " + slot.start().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK));
        assertThat(rowText(slot.start())).contains(Times.range(slot.start(), slot.start().plusMinutes(15)),
                "1 of 10 taken", booking.reference() + ", " + caller.name().full() + ", By phone, confirmed");
        assertThat(rowText(slots.getLast().start())).contains("0 of 10 taken");
        assertThat(find(NativeButton.class).withId("attended-" + booking.reference()).exists())
                .as("no marking before the slot starts").isFalse();
        assertThat(find(NativeButton.class).withText("Block").exists()).as("caseworkers do not block").isFalse();
    }

    @Test
    void theDayReadsInWelsh() {
        SlotTime slot = fixtures.freshSlot("test-ten-places");
        signIn(People.officer(Role.CASEWORKER));
        openDay(slot.resourceId(), slot.start().toLocalDate());

        chooseLanguage(Language.WELSH);

        assertThat(find(H2.class).withId("booking-day-heading").single().getText())
                .isEqualTo("Prawf deg lle ar " + DateText.withWeekday(slot.start().toLocalDate(), Language.WELSH));
        assertThat(rowText(slot.start())).contains("0 o 10 wedi'u cymryd");
    }

    @Test
    void onceTheSlotHasStartedABookingIsMarkedAttendedOrNoShow() {
        Profile caller = fixtures.caller("Eleri");
        BookingDetails booking = fixtures.bookByPhone(caller, fixtures.freshSlot("test-ten-places"), "attend");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        LocalDateTime started = fixtures.moveIntoThePast(booking, yesterday);
        signIn(People.officer(Role.CASEWORKER));
        openDay("test-ten-places", yesterday);

        test(find(NativeButton.class).withId("attended-" + booking.reference()).single()).click();

        assertThat(assisted.find(booking.reference()).orElseThrow().status()).isEqualTo(BookingStatus.ATTENDED);
        assertThat(rowText(started)).contains(booking.reference() + ", " + caller.name().full() + ", By phone, attended");
        assertThat(pageText()).contains(booking.reference() + " marked: Attended");

        test(find(NativeButton.class).withId("no-show-" + booking.reference()).single()).click();

        assertThat(assisted.find(booking.reference()).orElseThrow().status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(rowText(started)).contains("did not come");
    }

    @Test
    void aPageLeftOpenAfterTheBookingWasMovedLaterSaysWhyItCannotBeMarkedYet() {
        Profile caller = fixtures.caller("Iolo");
        SlotTime later = fixtures.freshSlot("test-ten-places");
        BookingDetails booking = fixtures.bookByPhone(caller, fixtures.freshSlot("test-ten-places"), "stale-page");
        // three days back: other tests move their bookings to yesterday and two days ago, and a slot's time is unique
        LocalDate threeDaysAgo = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3);
        fixtures.moveIntoThePast(booking, threeDaysAgo);
        signIn(People.officer(Role.CASEWORKER));
        openDay("test-ten-places", threeDaysAgo);
        assisted.reschedule(booking.reference(), later.start());

        test(find(NativeButton.class).withId("attended-" + booking.reference()).single()).click();

        String message = booking.reference()
                + " is not marked: You can record whether they came once the booking has started.";
        assertThat(find(Paragraph.class).withId("not-marked-" + booking.reference()).single().getElement()
                .getTextRecursively()).isEqualTo("Error: " + message);
        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively()).contains(message);
        assertThat(assisted.find(booking.reference()).orElseThrow()).satisfies(moved -> {
            assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(moved.start()).isEqualTo(later.start());
        });
    }

    @Test
    void blockingASlotWithBookingsAsksWhatToDoThenMovesOneAndCancelsTheOther() {
        List<SlotTime> slots = fixtures.freshSlotsOneDay("test-ten-places", 2);
        SlotTime slot = slots.getFirst();
        BookingDetails toMove = fixtures.bookByPhone(fixtures.caller("Ffion"), slot, "block-1");
        BookingDetails toCancel = fixtures.bookByPhone(fixtures.caller("Gwyn"), slot, "block-2");
        signIn(People.officer(Role.SUPERVISOR));
        openDay(slot.resourceId(), slot.start().toLocalDate());
        String time = Times.range(slot.start(), slot.start().plusMinutes(15));

        block(time);
        test(find(NativeButton.class).withId("block-confirm").single()).click();

        assertThat(administration.day(slot.resourceId(), slot.start().toLocalDate()).stream()
                .filter(state -> state.start().equals(slot.start())).findFirst().orElseThrow().blocked())
                .as("nothing blocked until each booking has a choice").isFalse();
        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively())
                .contains("Choose what to do with " + toMove.reference(), "Choose what to do with " + toCancel.reference());

        Select<BlockSlotForm.Choice> move = choice(toMove);
        moveTo(move, slots.getLast());
        LocalDateTime newStart = slots.getLast().start();
        Select<BlockSlotForm.Choice> cancel = choice(toCancel);
        cancel.setValue(cancel.getListDataView().getItems().filter(option -> option.moveTo() == null).findFirst().orElseThrow());
        test(find(NativeButton.class).withId("block-confirm").single()).click();

        assertThat(pageText()).contains(time + " is blocked. Bookings moved: 1. Bookings cancelled: 1.");
        assertThat(rowText(slot.start())).contains("0 of 10 taken", "Blocked").doesNotContain(toMove.reference());
        assertThat(assisted.find(toMove.reference()).orElseThrow().start()).isEqualTo(newStart);
        assertThat(assisted.find(toCancel.reference()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(events.stream(BookingRescheduled.class)).isNotEmpty();
        assertThat(events.stream(BookingCancelled.class)).isNotEmpty();

        test(find(NativeButton.class).withText("Reopen").single()).click();

        assertThat(rowText(slot.start())).doesNotContain("Blocked");
    }

    @Test
    void aBookingThatCannotBeMovedStaysOnTheFormWithWhyAndTheBlockedSlotStillShowsIt() {
        List<SlotTime> slots = fixtures.freshSlotsOneDay("test-one-place", 2);
        SlotTime slot = slots.getFirst();
        BookingDetails booking = fixtures.bookByPhone(fixtures.caller("Heledd"), slot, "stuck");
        signIn(People.officer(Role.SUPERVISOR));
        openDay(slot.resourceId(), slot.start().toLocalDate());
        String time = Times.range(slot.start(), slot.start().plusMinutes(15));
        block(time);
        Select<BlockSlotForm.Choice> move = choice(booking);
        moveTo(move, slots.getLast());
        fixtures.bookByPhone(fixtures.caller("Quicker"), slots.getLast(), "meanwhile");

        test(find(NativeButton.class).withId("block-confirm").single()).click();

        assertThat(move.getErrorMessage()).isEqualTo(booking.reference()
                + " is still at this time: That time has just been taken. Choose another time.");
        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively()).contains(move.getErrorMessage());
        assertThat(assisted.find(booking.reference()).orElseThrow().start()).isEqualTo(slot.start());

        test(find(NativeButton.class).withText("Do not block").single()).click();

        assertThat(rowText(slot.start())).contains("Blocked", booking.reference());
        assertThat(find(NativeButton.class).withText("Move or cancel bookings").exists()).isTrue();
    }

    /**
     * A date in the address that the business calendar does not cover, or that is not a date at all,
     * is not found, before any day is listed.
     */
    @Test
    void aDateOutsideTheBusinessCalendarIsNotFound() {
        signIn(People.officer(Role.CASEWORKER));

        for (String date : List.of("2026-13-45", "tomorrow", "0001-01-01", "9999-12-31")) {
            UI.getCurrent().navigate(BookingPages.DAY, QueryParameters.simple(
                    Map.of(BookingPages.RESOURCE, "test-ten-places", BookingPages.DATE, date)));
            assertThat(currentView()).as(date).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void aCaseworkerCannotBlockAndAResidentCannotOpenTheDay() {
        SlotTime slot = fixtures.freshSlot("test-ten-places");
        signIn(People.officer(Role.CASEWORKER));
        assertThatThrownBy(() -> administration.block(slot)).isInstanceOf(AccessDeniedException.class);

        signIn(People.resident());
        navigateToDay(slot.resourceId(), slot.start().toLocalDate());

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }
}
