package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.BookingReminderDue;
import org.porth.booking.BookingRescheduled;
import org.porth.booking.BookingStatus;
import org.porth.booking.FreeTime;
import org.porth.booking.NoSuchBookingException;
import org.porth.booking.SlotTime;
import org.porth.booking.ui.StaffBookingFixtures;
import org.porth.browserless.People;
import org.porth.catalogue.Channel;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The rules of booking: household limits, the cancellation cut-off, blocked slots, attendance only
 * once started, who may do what
 * (a resident reaches only their own bookings), and the events for notifications. Run on H2 and
 * PostgreSQL.
 */
abstract class BookingRulesContract extends BookingTests {

    @Autowired
    private StaffBookingFixtures staff;

    @Test
    void choosingAnotherTimeLetsTheFirstHoldGo() {
        List<LocalDate> week = weekWithOpenDays(2);
        signIn(residentAt(uprn()));
        BookingDetails first = bookings.hold(limited(week.get(0)));

        BookingDetails second = bookings.hold(limited(week.get(1)));

        assertThat(bookings.booking(first.reference()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(taken(limited(week.get(0)))).isEqualTo(activeBookingsIn(limited(week.get(0))));
        assertThat(bookings.confirm(second.reference(), "second").status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookings.mine()).filteredOn(booking -> booking.status().isActive()).singleElement()
                .extracting(BookingDetails::reference).isEqualTo(second.reference());
    }

    @Test
    void aHouseholdBooksOnceAWeekWhoeverInItBooks() {
        String uprn = uprn();
        Authentication partner = residentAt(uprn);
        Authentication other = residentAt(uprn);
        List<LocalDate> week = weekWithOpenDays(4);
        signIn(partner);
        BookingDetails first = bookings.book(limited(week.get(0)), "first");

        signIn(other);
        assertThatThrownBy(() -> bookings.book(limited(week.get(1)), "same-week")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).messageKey()).isEqualTo("booking.refused.limit-reached");
        BookingDetails nextWeek = bookings.book(limited(week.get(0).plusWeeks(1)), "next-week");
        assertThatThrownBy(() -> bookings.reschedule(nextWeek.reference(), week.get(2).atTime(10, 0)))
                .isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.LIMIT_REACHED);

        signIn(partner);
        bookings.cancel(first.reference());
        signIn(other);
        assertThat(bookings.book(limited(week.get(1)), "after-cancel").status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void residentsCannotCancelOrChangeTooLateButStaffCan() {
        SlotTime slot = fresh.next("test-no-late-changes");
        Authentication resident = residentWithRecord();
        signIn(resident);
        BookingDetails booked = bookings.book(slot, "late");

        assertThatThrownBy(() -> bookings.cancel(booked.reference())).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).messageKey()).isEqualTo("booking.refused.too-late-to-cancel");
        assertThatThrownBy(() -> bookings.reschedule(booked.reference(), slot.start().plusMinutes(15)))
                .isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.TOO_LATE_TO_CANCEL);

        signIn(People.officer(Role.CASEWORKER));
        assertThat(assisted.cancel(booked.reference()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(taken(slot)).isZero();
        assertThat(events.stream(BookingCancelled.class).filter(event -> event.reference().equals(booked.reference())))
                .singleElement().satisfies(event -> assertThat(event.officerId()).isNotNull());
    }

    @Test
    void aCancelledBookingStaysCancelled() {
        List<SlotTime> slots = fresh.next("test-ten-places", 2);
        signIn(residentWithRecord());
        BookingDetails booked = bookings.book(slots.get(0), "cancel-twice");

        assertThat(bookings.cancel(booked.reference()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(bookings.cancel(booked.reference()).status()).as("a retried cancel").isEqualTo(BookingStatus.CANCELLED);
        assertThat(taken(slots.get(0))).isZero();
        assertThatThrownBy(() -> bookings.reschedule(booked.reference(), slots.get(1).start()))
                .isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).messageKey()).isEqualTo("booking.refused.not-active");
        assertThatThrownBy(() -> bookings.confirm(booked.reference(), "revive")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.NOT_ACTIVE);
        assertThat(taken(slots.get(1))).isZero();
        assertThat(events.stream(BookingCancelled.class).filter(event -> event.reference().equals(booked.reference())))
                .hasSize(1);
    }

    @Test
    void aResidentReachesOnlyTheirOwnBookings() {
        SlotTime slot = fresh.next("test-ten-places");
        signIn(residentWithRecord());
        BookingDetails mine = bookings.book(slot, "mine");

        signIn(residentWithRecord());
        assertThatThrownBy(() -> bookings.cancel(mine.reference())).isInstanceOf(NoSuchBookingException.class);
        assertThatThrownBy(() -> bookings.reschedule(mine.reference(), slot.start().plusMinutes(15)))
                .isInstanceOf(NoSuchBookingException.class);
        assertThatThrownBy(() -> bookings.booking(mine.reference())).isInstanceOf(NoSuchBookingException.class);
        assertThatThrownBy(() -> bookings.calendarFile(mine.reference(), Language.ENGLISH))
                .isInstanceOf(NoSuchBookingException.class);
        assertThat(bookings.mine()).isEmpty();
        assertThat(taken(slot)).isEqualTo(1);
    }

    @Test
    void staffOnlyActionsAreRefusedToResidents() {
        SlotTime slot = fresh.next("test-ten-places");
        signIn(residentWithRecord());
        Profile me = profiles.current();

        assertThatThrownBy(() -> assisted.bookFor(me.id(), slot, Channel.PHONE, "k")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.block(slot)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.day(slot.resourceId(), slot.start().toLocalDate()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.markAttended("BKG-0000-0000")).isInstanceOf(AccessDeniedException.class);
        signIn(People.officer(Role.CASEWORKER));
        assertThatThrownBy(() -> administration.block(slot)).as("blocking is for supervisors")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerBooksForACallerWithTheChannelAndTheOfficerRecorded() {
        SlotTime slot = fresh.next("test-ten-places");
        signIn(residentWithRecord());
        Profile caller = profiles.current();

        signIn(People.officer(Role.CASEWORKER));
        BookingDetails booked = assisted.bookFor(caller.id(), slot, Channel.PHONE, "call-1");

        assertThat(booked.channel()).isEqualTo(Channel.PHONE);
        assertThat(booked.officerId()).isNotBlank();
        assertThat(booked.residentId()).isEqualTo(caller.id());
        assertThat(events.stream(BookingConfirmed.class).filter(event -> event.reference().equals(booked.reference())))
                .singleElement().satisfies(event -> {
                    assertThat(event.channel()).isEqualTo(Channel.PHONE);
                    assertThat(event.officerId()).isEqualTo(booked.officerId());
                });
        assertThat(administration.day(slot.resourceId(), slot.start().toLocalDate()))
                .filteredOn(state -> state.start().equals(slot.start())).singleElement()
                .satisfies(state -> {
                    assertThat(state.taken()).isEqualTo(1);
                    assertThat(state.bookings()).extracting(BookingDetails::reference).containsExactly(booked.reference());
                });
    }

    @Test
    void whetherTheyCameIsRecordedOnlyOnceTheBookingHasStarted() {
        SlotTime slot = fresh.next("test-ten-places");
        signIn(residentWithRecord());
        Profile caller = profiles.current();
        signIn(People.officer(Role.CASEWORKER));
        BookingDetails booked = assisted.bookFor(caller.id(), slot, Channel.PHONE, "attend-early");

        assertThatThrownBy(() -> administration.markAttended(booked.reference())).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).messageKey()).isEqualTo("booking.refused.not-started");
        assertThatThrownBy(() -> administration.markNoShow(booked.reference())).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.NOT_STARTED);
        assertThat(assisted.find(booked.reference()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);

        // two days back: the day view test moves its bookings to yesterday, and a slot's time is unique
        LocalDate twoDaysAgo = LocalDate.now(Schedule.ZONE).minusDays(2);
        LocalDateTime started = staff.moveIntoThePast(booked, twoDaysAgo);

        assertThat(administration.markNoShow(booked.reference()).status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(administration.markAttended(booked.reference()).status()).isEqualTo(BookingStatus.ATTENDED);
        assertThat(administration.day(slot.resourceId(), twoDaysAgo))
                .filteredOn(state -> state.start().equals(started)).singleElement()
                .satisfies(state -> {
                    assertThat(state.taken()).isEqualTo(1);
                    assertThat(state.bookings()).extracting(BookingDetails::status).containsExactly(BookingStatus.ATTENDED);
                });
    }

    @Test
    void aBlockedSlotTakesNoBookingsUntilReopened() {
        SlotTime slot = fresh.next("test-ten-places");
        Authentication resident = residentWithRecord();
        signIn(resident);
        bookings.book(slot, "before-block");

        signIn(People.officer(Role.SUPERVISOR));
        assertThat(administration.block(slot)).satisfies(state -> {
            assertThat(state.blocked()).isTrue();
            assertThat(state.bookings()).hasSize(1);
        });
        signIn(residentWithRecord());
        assertThat(availability.times(slot.resourceId(), slot.start().toLocalDate())).extracting(FreeTime::start)
                .isNotEmpty().doesNotContain(slot.start());
        assertThatThrownBy(() -> bookings.book(slot, "blocked")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.SLOT_TAKEN);

        signIn(People.officer(Role.SUPERVISOR));
        assertThat(administration.reopen(slot).blocked()).isFalse();
        signIn(residentWithRecord());
        assertThat(availability.times(slot.resourceId(), slot.start().toLocalDate()))
                .filteredOn(time -> time.start().equals(slot.start())).singleElement()
                .extracting(FreeTime::placesLeft).isEqualTo(9);
        assertThat(bookings.book(slot, "reopened").status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void changesArePublishedForNotifications() {
        List<SlotTime> slots = fresh.next("test-ten-places", 2);
        signIn(residentWithRecord());
        BookingDetails booked = bookings.book(slots.get(0), "events");
        bookings.reschedule(booked.reference(), slots.get(1).start());
        bookings.cancel(booked.reference());

        assertThat(events.stream(BookingConfirmed.class).filter(event -> event.reference().equals(booked.reference())))
                .singleElement().satisfies(event -> assertThat(event.start()).isEqualTo(slots.get(0).start()));
        assertThat(events.stream(BookingRescheduled.class).filter(event -> event.reference().equals(booked.reference())))
                .singleElement().satisfies(event -> {
                    assertThat(event.from()).isEqualTo(slots.get(0).start());
                    assertThat(event.to()).isEqualTo(slots.get(1).start());
                });
        assertThat(events.stream(BookingCancelled.class).filter(event -> event.reference().equals(booked.reference())))
                .singleElement().satisfies(event -> assertThat(event.start()).isEqualTo(slots.get(1).start()));
        assertThat(taken(slots.get(0))).isZero();
        assertThat(taken(slots.get(1))).isZero();
    }

    @Test
    void aReminderIsDueOnceTheDayBefore() {
        SlotTime slot = fresh.next("test-ten-places");
        signIn(residentWithRecord());
        BookingDetails booked = bookings.book(slot, "remind");
        Instant dayBefore = slot.start().minusDays(1).atZone(Schedule.ZONE).toInstant();

        reminders.runOnce(dayBefore.minus(Duration.ofDays(1)));
        reminders.runOnce(dayBefore);
        reminders.runOnce(dayBefore.plusSeconds(60));

        assertThat(events.stream(BookingReminderDue.class)
                .filter(event -> event.reference().equals(booked.reference())))
                .singleElement().satisfies(event -> assertThat(event.start()).isEqualTo(slot.start()));
    }
}
