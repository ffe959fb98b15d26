package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.booking.AssistedBookings;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.BookingReminderDue;
import org.porth.booking.BookingRescheduled;
import org.porth.booking.BookingStatus;
import org.porth.booking.NoSuchBookingException;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotAdministration;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.catalogue.Channel;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Postcode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Bookings keep to capacity, limits and the rules of cancelling under any concurrency, and only
 * their resident (or staff) reach them; run on H2 and PostgreSQL.
 */
@SpringBootTest
@RecordApplicationEvents
abstract class BookingContract {

    private static final int CONTENDERS = 50;

    @Autowired
    private ResidentBookings bookings;
    @Autowired
    private AssistedBookings assisted;
    @Autowired
    private SlotAdministration administration;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private HoldRelease holdRelease;
    @Autowired
    private Reminders reminders;
    @Autowired
    private Schedule schedule;
    @Autowired
    private ResourceRegistry resources;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ApplicationEvents events;

    private FreshSlots fresh;

    @BeforeEach
    void slots() {
        fresh = new FreshSlots(schedule, resources);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void fiftyResidentsForOnePlaceGiveOneBookingAndFortyNineJustTaken() throws Exception {
        exactlyTheCapacityIsBooked("test-one-place", 1);
    }

    @Test
    void fiftyResidentsForTenPlacesGiveTenBookings() throws Exception {
        exactlyTheCapacityIsBooked("test-ten-places", 10);
    }

    private void exactlyTheCapacityIsBooked(String resourceId, int capacity) throws Exception {
        SlotTime slot = fresh.next(resourceId);
        List<Outcome> outcomes = atOnce(CONTENDERS, i -> {
            Authentication resident = residentWithRecord();
            return () -> {
                signIn(resident);
                try {
                    return Outcome.of(bookings.book(slot, "key-" + i));
                } catch (BookingRefused refused) {
                    return Outcome.of(refused);
                }
            };
        });

        assertThat(outcomes).filteredOn(Outcome::booked).hasSize(capacity);
        assertThat(outcomes).filteredOn(outcome -> !outcome.booked()).hasSize(CONTENDERS - capacity)
                .allSatisfy(outcome -> {
                    assertThat(outcome.refusal().reason()).isEqualTo(Reason.SLOT_TAKEN);
                    assertThat(outcome.refusal().messageKey()).isEqualTo("booking.refused.slot-taken");
                    assertThat(outcome.refusal().nearestFreeTimes()).isNotEmpty().doesNotContain(slot.start());
                });
        assertThat(taken(slot)).isEqualTo(capacity);
        assertThat(activeBookingsIn(slot)).isEqualTo(capacity);
    }

    @Test
    void movesAndCancellationsAtOnceNeverOverfillASlotNorLeaveAResidentWithNoneOrTwo() throws Exception {
        List<SlotTime> slots = fresh.next("test-ten-places", 2);
        SlotTime from = slots.get(0);
        SlotTime to = slots.get(1);
        List<Booked> movers = bookMany(from, 10);
        List<Booked> leavers = bookMany(to, 8);

        // 10 try to move into a slot with 2 places, while 8 leave it: each mover gets in only when
        // a place is free at that moment
        List<Outcome> outcomes = atOnce(18, i -> () -> {
            if (i < 10) {
                Booked mover = movers.get(i);
                signIn(mover.resident());
                try {
                    return Outcome.of(bookings.reschedule(mover.reference(), to.start()));
                } catch (BookingRefused refused) {
                    return Outcome.of(refused);
                }
            }
            Booked leaver = leavers.get(i - 10);
            signIn(leaver.resident());
            return Outcome.of(bookings.cancel(leaver.reference()));
        });

        int moved = (int) outcomes.subList(0, 10).stream().filter(Outcome::booked).count();
        assertThat(outcomes.subList(0, 10)).filteredOn(outcome -> !outcome.booked())
                .allSatisfy(outcome -> assertThat(outcome.refusal().reason()).isEqualTo(Reason.SLOT_TAKEN));
        assertThat(taken(to)).isEqualTo(activeBookingsIn(to)).isEqualTo(moved).isLessThanOrEqualTo(10);
        assertThat(taken(from)).isEqualTo(activeBookingsIn(from)).isEqualTo(10 - moved);
        for (Booked mover : movers) {
            assertThat(jdbc.queryForObject("select count(*) from booking where reference = ? and status = 'CONFIRMED'",
                    Integer.class, mover.reference())).as("each mover still has their one booking").isEqualTo(1);
        }
    }

    @Test
    void residentsSwappingSlotsAtOnceAllMove() throws Exception {
        List<SlotTime> slots = fresh.next("test-ten-places", 2);
        List<Booked> inFirst = bookMany(slots.get(0), 5);
        List<Booked> inSecond = bookMany(slots.get(1), 5);

        List<Outcome> outcomes = atOnce(10, i -> () -> {
            Booked mover = i < 5 ? inFirst.get(i) : inSecond.get(i - 5);
            signIn(mover.resident());
            return Outcome.of(bookings.reschedule(mover.reference(), slots.get(i < 5 ? 1 : 0).start()));
        });

        assertThat(outcomes).allMatch(Outcome::booked);
        assertThat(taken(slots.get(0))).isEqualTo(activeBookingsIn(slots.get(0))).isEqualTo(5);
        assertThat(taken(slots.get(1))).isEqualTo(activeBookingsIn(slots.get(1))).isEqualTo(5);
        assertThat(outcomes.subList(0, 5)).allSatisfy(outcome ->
                assertThat(outcome.booking().start()).isEqualTo(slots.get(1).start()));
    }

    @Test
    void aRetriedConfirmBooksOnce() throws Exception {
        SlotTime slot = fresh.next("test-ten-places");
        Authentication resident = residentWithRecord();
        signIn(resident);
        BookingDetails held = bookings.hold(slot);
        assertThat(held.status()).isEqualTo(BookingStatus.HELD);
        assertThat(held.heldUntil()).isAfter(Instant.now());

        List<Outcome> confirms = atOnce(10, i -> () -> {
            signIn(resident);
            return Outcome.of(bookings.confirm(held.reference(), "confirm-1"));
        });

        assertThat(confirms).extracting(outcome -> outcome.booking().reference()).containsOnly(held.reference());
        assertThat(confirms).extracting(outcome -> outcome.booking().status()).containsOnly(BookingStatus.CONFIRMED);
        assertThat(taken(slot)).isEqualTo(1);
        assertThat(events.stream(BookingConfirmed.class).filter(event -> event.reference().equals(held.reference())))
                .hasSize(1);
    }

    @Test
    void aRetriedBookingWithTheSameRequestKeyBooksOnce() throws Exception {
        SlotTime slot = fresh.next("test-ten-places");
        Authentication resident = residentWithRecord();

        List<Outcome> tries = atOnce(10, i -> () -> {
            signIn(resident);
            return Outcome.of(bookings.book(slot, "book-once"));
        });

        assertThat(tries).extracting(outcome -> outcome.booking().reference()).hasSize(10).containsOnly(
                tries.getFirst().booking().reference());
        assertThat(taken(slot)).isEqualTo(1);
    }

    @Test
    void aLapsedHoldIsReleasedAndItsPlaceCanBeBooked() {
        SlotTime slot = fresh.next("test-one-place");
        Authentication first = residentWithRecord();
        Authentication second = residentWithRecord();
        signIn(first);
        BookingDetails held = bookings.hold(slot);
        signIn(second);
        assertThatThrownBy(() -> bookings.hold(slot)).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.SLOT_TAKEN);

        holdRelease.runOnce(held.heldUntil().minusSeconds(1));
        assertThat(taken(slot)).as("not yet lapsed").isEqualTo(1);
        // other tests' lapsed holds may go in the same run, so it releases at least this one
        assertThat(holdRelease.runOnce(held.heldUntil().plusSeconds(1))).isPositive();

        assertThat(taken(slot)).isZero();
        assertThat(bookings.hold(slot).status()).isEqualTo(BookingStatus.HELD);
        signIn(first);
        assertThat(bookings.booking(held.reference()).status()).isEqualTo(BookingStatus.EXPIRED);
        assertThatThrownBy(() -> bookings.confirm(held.reference(), "too-late")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThat(taken(slot)).isEqualTo(1);
    }

    @Test
    void aHoldConfirmedWhileTheJobReleasesItEndsConfirmedWithOnePlace() throws Exception {
        for (int round = 0; round < 5; round++) {
            SlotTime slot = fresh.next("test-one-place");
            Authentication resident = residentWithRecord();
            signIn(resident);
            BookingDetails held = bookings.hold(slot);

            atOnce(2, i -> () -> {
                if (i == 0) {
                    signIn(resident);
                    return Outcome.of(bookings.confirm(held.reference(), "race"));
                }
                holdRelease.runOnce(held.heldUntil().plusSeconds(1));
                return null;
            });

            signIn(resident);
            assertThat(bookings.booking(held.reference()).status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(taken(slot)).isEqualTo(activeBookingsIn(slot)).isEqualTo(1);
        }
    }

    @Test
    void aLapsedHoldIsConfirmedIfItsPlaceIsStillFree() {
        SlotTime slot = fresh.next("test-one-place");
        signIn(residentWithRecord());
        BookingDetails held = bookings.hold(slot);
        holdRelease.runOnce(held.heldUntil().plusSeconds(1));

        assertThat(bookings.confirm(held.reference(), "late-but-free").status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(taken(slot)).isEqualTo(1);
    }

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
    void anOfficerBooksForACallerAndMarksThemAttended() {
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
        assertThat(administration.markAttended(booked.reference()).status()).isEqualTo(BookingStatus.ATTENDED);
        assertThat(administration.day(slot.resourceId(), slot.start().toLocalDate()))
                .filteredOn(state -> state.start().equals(slot.start())).singleElement()
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
        assertThatThrownBy(() -> bookings.book(slot, "blocked")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.SLOT_TAKEN);

        signIn(People.officer(Role.SUPERVISOR));
        assertThat(administration.reopen(slot).blocked()).isFalse();
        signIn(residentWithRecord());
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

    // --- helpers

    private record Booked(Authentication resident, String reference) {
    }

    private record Outcome(BookingDetails booking, BookingRefused refusal) {

        static Outcome of(BookingDetails booking) {
            return new Outcome(booking, null);
        }

        static Outcome of(BookingRefused refusal) {
            return new Outcome(null, refusal);
        }

        boolean booked() {
            return booking != null && booking.status() == BookingStatus.CONFIRMED;
        }
    }

    private interface Task {
        Callable<Outcome> make(int index);
    }

    /** Makes the tasks first (records and all), then starts them together and waits for every one. */
    private static List<Outcome> atOnce(int count, Task task) throws Exception {
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(task.make(i));
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<Outcome>> running = tasks.stream().map(call -> pool.submit(() -> {
                start.await();
                try {
                    return call.call();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            })).toList();
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        }
    }

    private List<Booked> bookMany(SlotTime slot, int count) {
        List<Booked> booked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Authentication resident = residentWithRecord();
            signIn(resident);
            booked.add(new Booked(resident, bookings.book(slot, "setup").reference()));
        }
        SecurityContextHolder.clearContext();
        return booked;
    }

    /** A new resident, signed in once so that their record exists. */
    private Authentication residentWithRecord() {
        Authentication resident = Somebody.named("Booker").asResident();
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(resident);
        profiles.current();
        SecurityContextHolder.getContext().setAuthentication(previous);
        return resident;
    }

    /** A made-up UPRN of 12 digits: a household of its own. */
    private static String uprn() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(900_000_000_000L, 1_000_000_000_000L));
    }

    private Authentication residentAt(String uprn) {
        Authentication resident = residentWithRecord();
        signIn(resident);
        profiles.update(ProfileChange.NONE.withAddress(new ResidentAddress(uprn, "1 Stryd y Prawf", "", "Porth",
                Postcode.parse("PT1 1AA").orElseThrow(), "Castell")));
        SecurityContextHolder.clearContext();
        return resident;
    }

    /** The open days of the first week from next Monday with at least {@code count} of them. */
    private List<LocalDate> weekWithOpenDays(int count) {
        LocalDate monday = LocalDate.now(Schedule.ZONE).plusWeeks(1).with(DayOfWeek.MONDAY);
        while (true) {
            List<LocalDate> open = monday.datesUntil(monday.plusDays(7))
                    .filter(date -> !schedule.isClosed(resources.get("test-limited"), date)).toList();
            if (open.size() >= count) {
                return open;
            }
            monday = monday.plusWeeks(1);
        }
    }

    private static SlotTime limited(LocalDate date) {
        return new SlotTime("test-limited", date.atTime(10, 0));
    }

    private int taken(SlotTime slot) {
        return jdbc.queryForObject("select coalesce(sum(taken), 0) from booking_slot where resource_id = ? and starts_at = ?",
                Integer.class, slot.resourceId(), SlotCounters.utc(slot.start().atZone(Schedule.ZONE).toInstant()));
    }

    private int activeBookingsIn(SlotTime slot) {
        return jdbc.queryForObject("""
                select count(*) from booking b join booking_slot s on s.id = b.slot_id
                where s.resource_id = ? and s.starts_at = ? and b.status in ('HELD', 'CONFIRMED')""",
                Integer.class, slot.resourceId(), SlotCounters.utc(slot.start().atZone(Schedule.ZONE).toInstant()));
    }
}
