package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.BookingStatus;
import org.porth.booking.SlotTime;
import org.springframework.security.core.Authentication;

/**
 * Bookings never put a slot over capacity, nor leave a resident with none or two, however many act
 * at once; holds lapse and give their place back. Run on H2 and PostgreSQL.
 */
abstract class BookingCapacityContract extends BookingTests {

    private static final int CONTENDERS = 50;

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
    void aPlaceCancelledIsOfferedAgainAtOnceThoughTheSlotWasJustFoundFull() {
        SlotTime slot = fresh.next("test-one-place");
        Authentication first = residentWithRecord();
        Authentication second = residentWithRecord();
        signIn(first);
        BookingDetails booked = bookings.book(slot, "first");
        signIn(second);
        assertThatThrownBy(() -> bookings.book(slot, "second")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThatThrownBy(() -> bookings.book(slot, "second again")).as("the crowd is told at once")
                .isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).nearestFreeTimes().isEmpty()).isEqualTo(false);

        signIn(first);
        bookings.cancel(booked.reference());
        signIn(second);

        assertThat(bookings.book(slot, "second after the cancel").status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(taken(slot)).isEqualTo(1);
    }

    @Test
    void aResidentChoosingAgainTheTimeTheyHoldInAFullSlotKeepsIt() {
        SlotTime slot = fresh.next("test-one-place");
        Authentication holder = residentWithRecord();
        Authentication other = residentWithRecord();
        signIn(holder);
        bookings.hold(slot);
        signIn(other);
        assertThatThrownBy(() -> bookings.hold(slot)).isInstanceOf(BookingRefused.class);

        signIn(holder);
        BookingDetails again = bookings.hold(slot);

        assertThat(again.status()).isEqualTo(BookingStatus.HELD);
        assertThat(again.start()).isEqualTo(slot.start());
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
}
