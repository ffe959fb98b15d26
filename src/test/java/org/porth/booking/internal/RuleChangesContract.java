package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.BookingStatus;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.rules.RuleAdministration;
import org.porth.booking.rules.RuleChange;
import org.porth.booking.rules.RuleChange.Unit;
import org.porth.booking.rules.RulesInForce;
import org.porth.booking.rules.RulesRefused;
import org.porth.booking.rules.RulesSaved;
import org.porth.booking.SlotTime;
import org.porth.browserless.People;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An administrator's opening hours, horizon, lead time and household limit change what residents
 * can book; bookings outside new hours stop the change until the administrator cancels them (with
 * a reason residents are told); back to the council's defaults puts the file's rules back; every
 * mistake typed is refused with its field; only administrators change rules. Run on H2 and PostgreSQL.
 */
abstract class RuleChangesContract extends BookingTests {

    private static final String RESOURCE = "test-hours";

    @Autowired
    private RuleAdministration rules;
    @Autowired
    private CurrentUser currentUser;

    /** Closed every day first: that cancels whatever a test booked, so that the next one starts with none. */
    @AfterEach
    void backToDefaults() {
        signIn(People.officer(Role.ADMIN));
        rules.save(typed().everyDay("").change(), Optional.of("Test over"));
        rules.reset(RESOURCE, Optional.of("Test over"));
        SecurityContextHolder.clearContext();
    }

    @Test
    void newOpeningHoursChangeTheDaysAndTimesOffered() {
        LocalDate day = fresh.next(RESOURCE).start().toLocalDate();

        save(typed().everyDay("").opening(day.getDayOfWeek(), "10:00-12:00").change());

        signIn(residentWithRecord());
        assertThat(availability.days(RESOURCE, day, day.plusDays(6))).extracting(DayWithSpace::date).containsExactly(day);
        assertThat(availability.times(RESOURCE, day)).extracting(FreeTime::start)
                .containsExactly(day.atTime(10, 0), day.atTime(11, 0));
        assertThatThrownBy(() -> bookings.book(new SlotTime(RESOURCE, day.atTime(14, 0)), "outside"))
                .isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.CLOSED);
        assertThat(bookings.book(new SlotTime(RESOURCE, day.atTime(11, 0)), "inside").status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aShorterHorizonAndALongerLeadTimeOfferFewerDays() {
        LocalDate today = LocalDate.now(Schedule.ZONE);

        save(typed().horizon("5").leadTime("2", Unit.DAYS).change());

        signIn(residentWithRecord());
        assertThat(availability.days(RESOURCE, today, today.plusDays(30))).extracting(DayWithSpace::date)
                .contains(today.plusDays(3), today.plusDays(5))
                .allSatisfy(date -> assertThat(date).isAfterOrEqualTo(today.plusDays(2)).isBeforeOrEqualTo(today.plusDays(5)));
    }

    @Test
    void bookingsOutsideNewHoursStopTheChangeUntilTheAdministratorCancelsThemWithAReason() {
        SlotTime slot = fresh.next(RESOURCE);
        Booked booked = bookMany(slot, 1).getFirst();
        String hours = slot.start().getHour() < 12 ? "12:00-22:00" : "06:00-12:00";
        RuleChange change = typed().opening(slot.start().getDayOfWeek(), hours).change();
        signIn(People.officer(Role.ADMIN));

        assertThatThrownBy(() -> rules.save(change, Optional.empty())).isInstanceOf(RulesRefused.class)
                .satisfies(refused -> {
                    assertThat(((RulesRefused) refused).affected()).containsExactly(slot.start());
                    assertThat(((RulesRefused) refused).problems()).isEmpty();
                });
        assertThat(rulesInForce().rules()).as("nothing saved").isEqualTo(rulesInForce().councilDefaults());
        assertThat(activeBookingsIn(slot)).isEqualTo(1);

        RulesSaved saved = rules.save(change, Optional.of("  We now open at noon  "));

        assertThat(saved.cancelled()).isEqualTo(1);
        assertThat(activeBookingsIn(slot)).isZero();
        assertThat(taken(slot)).isZero();
        assertThat(events.stream(BookingCancelled.class).filter(cancelled -> cancelled.reference().equals(booked.reference())))
                .singleElement().satisfies(cancelled -> {
                    assertThat(cancelled.reason()).isEqualTo("We now open at noon");
                    assertThat(cancelled.officerId()).isEqualTo(currentUser.get().orElseThrow().id());
                });
        signIn(booked.resident());
        assertThat(bookings.booking(booked.reference()).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void aHouseholdLimitAnAdministratorSetsIsKeptAndCanBeTakenAway() {
        List<SlotTime> slots = fresh.next(RESOURCE, 3);
        String household = uprn();
        save(typed().limit("1", HouseholdLimit.Period.DAY).change());

        signIn(residentAt(household));
        bookings.book(slots.get(0), "first");
        signIn(residentAt(household));
        assertThatThrownBy(() -> bookings.book(slots.get(1), "second")).isInstanceOf(BookingRefused.class)
                .extracting(refused -> ((BookingRefused) refused).reason()).isEqualTo(Reason.LIMIT_REACHED);

        save(typed().limit("", null).change());

        signIn(residentAt(household));
        assertThat(bookings.book(slots.get(2), "no limit").status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void backToTheCouncilsDefaultsPutsTheFilesRulesBackAndSaysWhoDidIt() {
        SlotTime slot = fresh.next(RESOURCE);
        bookMany(slot, 1);
        save(typed().capacity("2").horizon("7").leadTime("3", Unit.HOURS).cancelUntil("2", Unit.DAYS)
                .limit("2", HouseholdLimit.Period.WEEK).opening(slot.start().getDayOfWeek().plus(1), "09:00-13:00")
                .change());
        signIn(People.officer(Role.ADMIN));
        String administrator = currentUser.get().orElseThrow().id();
        BookableResource changed = rulesInForce().rules();
        assertThat(changed.capacity()).isEqualTo(2);
        assertThat(changed.limit()).contains(new HouseholdLimit(2, HouseholdLimit.Period.WEEK));
        assertThat(rulesInForce().lastChange()).hasValueSatisfying(last -> {
            assertThat(last.officerId()).isEqualTo(administrator);
            assertThat(last.backToDefaults()).isFalse();
        });

        rules.reset(RESOURCE, Optional.empty());

        assertThat(rulesInForce().rules()).isEqualTo(rulesInForce().councilDefaults());
        assertThat(resources.get(RESOURCE)).isEqualTo(resources.fromFile(RESOURCE));
        assertThat(rulesInForce().lastChange()).hasValueSatisfying(last -> {
            assertThat(last.officerId()).isEqualTo(administrator);
            assertThat(last.backToDefaults()).isTrue();
        });
        assertThat(jdbc.queryForObject("select capacity from booking_slot where resource_id = ? and starts_at = ?",
                Integer.class, RESOURCE, SlotCounters.utc(slot.start().atZone(Schedule.ZONE).toInstant())))
                .as("the slot has the file's capacity again").isEqualTo(6);
    }

    @Test
    void everyMistakeIsRefusedWithItsFieldAndNothingIsSaved() {
        RulesInForce before = rulesInForce();
        RuleChange wrong = typed().capacity("0").horizon("many").leadTime("soon", Unit.HOURS)
                .cancelUntil("-1", Unit.MINUTES).limit("0", HouseholdLimit.Period.WEEK)
                .opening(DayOfWeek.MONDAY, "9-5").opening(DayOfWeek.TUESDAY, "12:00-09:00")
                .opening(DayOfWeek.WEDNESDAY, "09:00-12:00, 11:00-13:00").opening(DayOfWeek.THURSDAY, "10:00-10:30")
                .change();

        assertThat(problems(wrong, Optional.of(" "))).containsExactly(
                problem(RuleChange.CAPACITY, "capacity-low"), problem(RuleChange.HORIZON, "horizon"),
                problem(RuleChange.LEAD_TIME, "lead-time"), problem(RuleChange.CANCEL_UNTIL, "cancel-until"),
                problem(RuleChange.LIMIT_BOOKINGS, "limit-low"), problem(RuleChange.opening(DayOfWeek.MONDAY), "opening"),
                problem(RuleChange.opening(DayOfWeek.TUESDAY), "opening-order"),
                problem(RuleChange.opening(DayOfWeek.WEDNESDAY), "opening-overlap"),
                problem(RuleChange.opening(DayOfWeek.THURSDAY), "opening-short"),
                new RulesRefused.Problem(RuleChange.CANCEL_REASON, "booking.admin.error.reason"));
        assertThat(problems(typed().capacity("1000").horizon("367").leadTime("367", Unit.DAYS)
                .cancelUntil("9000", Unit.HOURS).limit("100", HouseholdLimit.Period.DAY).change(), Optional.empty()))
                .containsExactly(problem(RuleChange.CAPACITY, "capacity-high"), problem(RuleChange.HORIZON, "horizon-high"),
                        problem(RuleChange.LEAD_TIME, "lead-time-high"),
                        problem(RuleChange.CANCEL_UNTIL, "cancel-until-high"),
                        problem(RuleChange.LIMIT_BOOKINGS, "limit-high"));
        assertThat(rulesInForce()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsSeeOrChangeTheRules() {
        RuleChange change = typed().capacity("2").change();
        for (Authentication someone : List.of(People.officer(Role.SUPERVISOR), People.officer(Role.CASEWORKER),
                residentWithRecord())) {
            signIn(someone);
            assertThatThrownBy(() -> rules.rules(RESOURCE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rules.save(change, Optional.empty())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rules.reset(RESOURCE, Optional.empty())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(resources.get(RESOURCE)).isEqualTo(resources.fromFile(RESOURCE));
    }

    private TypedRules typed() {
        return TypedRules.of(resources.fromFile(RESOURCE));
    }

    private void save(RuleChange change) {
        signIn(People.officer(Role.ADMIN));
        rules.save(change, Optional.empty());
        SecurityContextHolder.clearContext();
    }

    private RulesInForce rulesInForce() {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn(People.officer(Role.ADMIN));
        try {
            return rules.rules(RESOURCE).orElseThrow();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private List<RulesRefused.Problem> problems(RuleChange change, Optional<String> cancelReason) {
        signIn(People.officer(Role.ADMIN));
        try {
            rules.save(change, cancelReason);
        } catch (RulesRefused refused) {
            return refused.problems();
        }
        throw new AssertionError("Not refused: " + change);
    }

    private static RulesRefused.Problem problem(String field, String key) {
        return new RulesRefused.Problem(field, "booking.rules.error." + key);
    }
}
