package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingResources;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.BookingStatus;
import org.porth.booking.ClosureAdministration;
import org.porth.booking.ClosureAdministration.Closing;
import org.porth.booking.ClosureRefused;
import org.porth.booking.DayWithSpace;
import org.porth.booking.ResourceClosure;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Administrators' closures: the days leave availability and refuse bookings, removing the closure
 * opens them again, bookings on the days are never left stranded, and only administrators manage
 * closures. Run on H2 and PostgreSQL.
 */
abstract class ClosuresContract extends BookingTests {

    private static final String RESOURCE = "test-closures";

    @Autowired
    private ClosureAdministration closures;
    @Autowired
    private BookingResources resourcesApi;

    @AfterEach
    void reopenEverything() {
        signIn(People.officer(Role.ADMIN));
        closures.current(RESOURCE).forEach(closure -> closures.reopen(closure.id()));
        SecurityContextHolder.clearContext();
    }

    @Test
    void aClosedDayLeavesAvailabilityRefusesBookingsAndOpensAgainWhenRemoved() {
        SlotTime slot = fresh.next(RESOURCE);
        LocalDate day = slot.start().toLocalDate();
        signIn(People.officer(Role.ADMIN));
        ResourceClosure closure = closures.close(new Closing(RESOURCE, day, null, "Closed for maintenance", false));

        signIn(residentWithRecord());
        assertThat(availability.days(RESOURCE, day.minusDays(1), day.plusDays(1))).extracting(DayWithSpace::date)
                .containsExactly(day.minusDays(1), day.plusDays(1));
        assertThat(availability.times(RESOURCE, day)).isEmpty();
        assertThatThrownBy(() -> bookings.hold(slot)).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.CLOSED);
        assertThatThrownBy(() -> bookings.book(slot, "closed")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.CLOSED);
        assertThat(activeBookingsIn(slot)).isZero();
        assertThat(resourcesApi.closureOn(RESOURCE, day)).map(ResourceClosure::reason).contains("Closed for maintenance");

        signIn(People.officer(Role.ADMIN));
        closures.reopen(closure.id());

        signIn(residentWithRecord());
        assertThat(availability.days(RESOURCE, day, day)).extracting(DayWithSpace::date).containsExactly(day);
        assertThat(resourcesApi.closureOn(RESOURCE, day)).isEmpty();
        assertThat(bookings.book(slot, "reopened").status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aRangeClosesEveryDayInIt() {
        LocalDate first = fiveOpenDaysFrom(fresh.next(RESOURCE).start().toLocalDate().plusDays(20)).plusDays(1);
        signIn(People.officer(Role.ADMIN));
        closures.close(new Closing(RESOURCE, first, first.plusDays(2), "Staff training", false));

        signIn(residentWithRecord());
        assertThat(availability.days(RESOURCE, first.minusDays(1), first.plusDays(3))).extracting(DayWithSpace::date)
                .containsExactly(first.minusDays(1), first.plusDays(3));
    }

    @Test
    void bookingsOnTheDaysStopTheClosureUntilTheAdministratorChoosesToCancelThem() {
        SlotTime slot = fresh.next(RESOURCE);
        LocalDate day = slot.start().toLocalDate();
        List<Booked> booked = bookMany(slot, 2);
        signIn(People.officer(Role.ADMIN));

        assertThatThrownBy(() -> closures.close(new Closing(RESOURCE, day, null, "Flooded", false)))
                .isInstanceOf(ClosureRefused.class)
                .extracting(refused -> ((ClosureRefused) refused).affectedDays(), InstanceOfAssertFactories.LIST)
                .containsExactly(day, day);
        assertThat(closures.current(RESOURCE)).as("nothing closed").isEmpty();
        assertThat(activeBookingsIn(slot)).isEqualTo(2);

        closures.close(new Closing(RESOURCE, day, null, "Flooded", true));

        assertThat(closures.current(RESOURCE)).extracting(ResourceClosure::reason).containsExactly("Flooded");
        assertThat(activeBookingsIn(slot)).isZero();
        assertThat(taken(slot)).isZero();
        assertThat(events.stream(BookingCancelled.class)
                .filter(cancelled -> booked.stream().anyMatch(b -> b.reference().equals(cancelled.reference()))))
                .as("each resident is told why").hasSize(booked.size())
                .allSatisfy(cancelled -> assertThat(cancelled.reason()).isEqualTo("Flooded"));
        signIn(booked.getFirst().resident());
        assertThat(bookings.booking(booked.getFirst().reference()).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void wrongClosuresAreRefusedByField() {
        LocalDate tomorrow = LocalDate.now(Schedule.ZONE).plusDays(1);
        signIn(People.officer(Role.ADMIN));

        assertThat(refusal(new Closing("no-such-place", tomorrow, null, "Closed", false)))
                .containsExactly(ClosureAdministration.RESOURCE_FIELD, "booking.admin.error.resource");
        assertThat(refusal(new Closing(RESOURCE, null, null, "Closed", false)))
                .containsExactly(ClosureAdministration.FIRST_FIELD, "booking.admin.error.first");
        assertThat(refusal(new Closing(RESOURCE, tomorrow.minusDays(2), null, "Closed", false)))
                .containsExactly(ClosureAdministration.FIRST_FIELD, "booking.admin.error.first-past");
        assertThat(refusal(new Closing(RESOURCE, tomorrow, tomorrow.minusDays(1), "Closed", false)))
                .containsExactly(ClosureAdministration.LAST_FIELD, "booking.admin.error.last-before-first");
        assertThat(refusal(new Closing(RESOURCE, tomorrow, null, "  ", false)))
                .containsExactly(ClosureAdministration.REASON_FIELD, "booking.admin.error.reason");
        assertThat(closures.current(RESOURCE)).isEmpty();
    }

    @Test
    void onlyAdministratorsManageClosures() {
        LocalDate day = fresh.next(RESOURCE).start().toLocalDate();
        Closing closing = new Closing(RESOURCE, day, null, "Closed", true);
        for (Authentication someone : List.of(People.officer(Role.SUPERVISOR), People.officer(Role.CASEWORKER),
                residentWithRecord())) {
            signIn(someone);
            assertThatThrownBy(() -> closures.close(closing)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> closures.current(RESOURCE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> closures.reopen(1L)).isInstanceOf(AccessDeniedException.class);
        }
        signIn(residentWithRecord());
        assertThat(availability.days(RESOURCE, day, day)).extracting(DayWithSpace::date).containsExactly(day);
    }

    private List<String> refusal(Closing closing) {
        try {
            closures.close(closing);
        } catch (ClosureRefused refused) {
            return List.of(refused.field(), refused.messageKey());
        }
        throw new AssertionError("Not refused: " + closing);
    }

    /** The first day from {@code day} on that opens with the four after it (no bank holiday among them). */
    private LocalDate fiveOpenDaysFrom(LocalDate day) {
        signIn(residentWithRecord());
        LocalDate start = day;
        while (availability.days(RESOURCE, start, start.plusDays(4)).size() < 5) {
            start = start.plusDays(1);
        }
        return start;
    }
}
