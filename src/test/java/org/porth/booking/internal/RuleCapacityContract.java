package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.FreeTime;
import org.porth.booking.rules.RuleAdministration;
import org.porth.booking.rules.RulesSaved;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator's capacity: slots made and not yet made take it, never below the places taken
 * (which stay, the slot taking no more until it is below), bookings at the same moment never pass
 * it, and other nodes see it. Run on H2 and PostgreSQL.
 */
abstract class RuleCapacityContract extends BookingTests {

    private static final String RESOURCE = "test-rules";

    @Autowired
    private RuleAdministration rules;
    @Autowired
    private JdbcClient jdbcClient;
    @Autowired
    private SlotCounters counters;
    @Autowired
    private TransactionTemplate transactions;
    @Value("${porth.booking.resources}")
    private Resource[] files;

    @AfterEach
    void backToDefaults() {
        signIn(People.officer(Role.ADMIN));
        rules.reset(RESOURCE, Optional.of("Test over"));
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCapacityLoweredFromSixToTwoLetsOnlyTwoBook() throws Exception {
        SlotTime made = fresh.next(RESOURCE);
        bookMany(made, 1);
        SlotTime notMade = fresh.next(RESOURCE);

        capacity("2");

        signIn(residentWithRecord());
        assertThat(placesLeft(made)).isEqualTo(1);
        assertThat(placesLeft(notMade)).isEqualTo(2);
        List<Outcome> outcomes = atOnce(6, i -> {
            Authentication resident = residentWithRecord();
            return () -> {
                signIn(resident);
                try {
                    return Outcome.of(bookings.book(notMade, "two-" + i));
                } catch (BookingRefused refused) {
                    return Outcome.of(refused);
                }
            };
        });
        assertThat(outcomes).filteredOn(Outcome::booked).hasSize(2);
        assertThat(outcomes).filteredOn(outcome -> !outcome.booked())
                .allSatisfy(outcome -> assertThat(outcome.refusal().reason()).isEqualTo(Reason.SLOT_TAKEN));
        assertThat(slotRow(notMade)).containsExactly(2, 2, null);
        assertThat(slotRow(made)).containsExactly(2, 1, null);
    }

    @Test
    void loweringBelowThePlacesTakenKeepsTheBookingsAndTakesNoneUntilBelowTheNewCapacity() {
        SlotTime slot = fresh.next(RESOURCE);
        List<Booked> booked = bookMany(slot, 4);

        RulesSaved saved = capacity("2");

        assertThat(saved.aboveCapacity()).contains(slot.start());
        assertThat(slotRow(slot)).as("capacity, taken, lowered to").containsExactly(4, 4, 2);
        assertRefused(slot);
        cancel(booked.get(0));
        assertThat(slotRow(slot)).containsExactly(3, 3, 2);
        assertRefused(slot);
        cancel(booked.get(1));
        assertThat(slotRow(slot)).containsExactly(2, 2, null);
        assertRefused(slot);
        cancel(booked.get(2));
        assertThat(slotRow(slot)).containsExactly(2, 1, null);
        bookMany(slot, 1);
        assertThat(slotRow(slot)).containsExactly(2, 2, null);
        assertRefused(slot);
    }

    /** The slot's row is made first: one made at the very moment of the change is decision 20's known limit. */
    @Test
    void bookingsAtTheMomentTheCapacityIsLoweredNeverPassIt() throws Exception {
        SlotTime slot = fresh.next(RESOURCE);
        bookMany(slot, 1);
        Authentication administrator = People.officer(Role.ADMIN);
        List<Outcome> outcomes = atOnce(9, i -> {
            Authentication resident = residentWithRecord();
            return () -> {
                if (i == 0) {
                    signIn(administrator);
                    rules.save(TypedRules.of(resources.fromFile(RESOURCE)).capacity("2").change(), Optional.empty());
                    return new Outcome(null, null);
                }
                signIn(resident);
                try {
                    return Outcome.of(bookings.book(slot, "race-" + i));
                } catch (BookingRefused refused) {
                    return Outcome.of(refused);
                }
            };
        });

        int booked = 1 + (int) outcomes.stream().filter(Outcome::booked).count();
        assertThat(booked).isBetween(2, 6);
        assertThat(activeBookingsIn(slot)).isEqualTo(booked);
        assertThat(slotRow(slot)).as("kept at the places taken when above the new capacity, else at it")
                .containsExactly(Math.max(2, booked), booked, booked > 2 ? 2 : null);
    }

    @Test
    void anotherNodeSeesTheChangeOnceItsCacheIsReadAgain() {
        ResourceRegistry expired = new ResourceRegistry(files, new RuleOverrides(jdbcClient, Duration.ZERO));
        ResourceRegistry stillCached = new ResourceRegistry(files, new RuleOverrides(jdbcClient, Duration.ofHours(1)));
        assertThat(stillCached.get(RESOURCE).capacity()).isEqualTo(6);

        capacity("2");

        assertThat(expired.get(RESOURCE).capacity()).isEqualTo(2);
        assertThat(stillCached.get(RESOURCE).capacity()).as("read within its refresh time").isEqualTo(6);
    }

    @Test
    void aSlotMadeByANodeThatHasNotReadTheChangeYetTakesTheNewCapacity() {
        SlotTime slot = fresh.next(RESOURCE);
        capacity("2");
        Schedule.Slot times = schedule.slotsOn(resources.get(RESOURCE), slot.start().toLocalDate()).stream()
                .filter(candidate -> candidate.start().equals(slot.start())).findFirst().orElseThrow();

        SlotCounters.Counter made = transactions.execute(status ->
                counters.ensure(RESOURCE, times.startInstant(), times.endInstant(), 6));

        assertThat(made.capacity()).isEqualTo(2);
    }

    private RulesSaved capacity(String capacity) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn(People.officer(Role.ADMIN));
        try {
            return rules.save(TypedRules.of(resources.fromFile(RESOURCE)).capacity(capacity).change(), Optional.empty());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private int placesLeft(SlotTime slot) {
        return availability.times(RESOURCE, slot.start().toLocalDate()).stream()
                .filter(time -> time.start().equals(slot.start())).mapToInt(FreeTime::placesLeft).sum();
    }

    private void assertRefused(SlotTime slot) {
        signIn(residentWithRecord());
        assertThatThrownBy(() -> bookings.book(slot, "refused")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.SLOT_TAKEN);
    }

    private void cancel(Booked booking) {
        signIn(booking.resident());
        bookings.cancel(booking.reference());
    }

    /** The slot's capacity, places taken and the capacity it shrinks to. */
    private List<Integer> slotRow(SlotTime slot) {
        return jdbc.query("select capacity, taken, lowered_to from booking_slot where resource_id = ? and starts_at = ?",
                (row, number) -> Arrays.asList(row.getInt("capacity"), row.getInt("taken"),
                        row.getObject("lowered_to", Integer.class)),
                RESOURCE, SlotCounters.utc(slot.start().atZone(Schedule.ZONE).toInstant())).getFirst();
    }
}
