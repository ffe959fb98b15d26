package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Which days and times the seeded resources offer, as at 10:00 on Monday 21 December 2026: bank
 * holidays (Christmas Day, the Boxing Day substitute on the 28th, New Year's Day), opening hours,
 * the horizon and the lead time. No slot of these resources is booked in the test database.
 */
@SpringBootTest
class AvailabilityRulesTest {

    private static final Instant NOW = LocalDateTime.parse("2026-12-21T10:00").atZone(Schedule.ZONE).toInstant();
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-21");

    @Autowired
    private Openings openings;
    @Autowired
    private Schedule schedule;
    @Autowired
    private ResourceRegistry resources;

    @Test
    void theRecyclingCentreOffersEveryDayButBankHolidaysUpToTwoWeeksAhead() {
        assertThat(openings.days(resource("recycling-centre"), MONDAY.minusDays(3), MONDAY.plusDays(30), NOW))
                .extracting(DayWithSpace::date).containsExactly(
                        date("2026-12-21"), date("2026-12-22"), date("2026-12-23"), date("2026-12-24"),
                        date("2026-12-26"), date("2026-12-27"), date("2026-12-29"), date("2026-12-30"),
                        date("2026-12-31"), date("2027-01-02"), date("2027-01-03"), date("2027-01-04"));
    }

    @Test
    void todayStartsAnHourFromNowAndEveryQuarterHourHasSixPlaces() {
        assertThat(openings.times(resource("recycling-centre"), MONDAY, NOW)).satisfies(times -> {
            assertThat(times.getFirst().start()).isEqualTo(MONDAY.atTime(11, 0));
            assertThat(times.getLast().start()).isEqualTo(MONDAY.atTime(15, 45));
            assertThat(times.getLast().end()).isEqualTo(MONDAY.atTime(16, 0));
            assertThat(times).hasSize(20).extracting(FreeTime::placesLeft).containsOnly(6);
        });
        assertThat(openings.days(resource("recycling-centre"), MONDAY, MONDAY, NOW)).singleElement()
                .isEqualTo(new DayWithSpace(MONDAY, 20 * 6));
        assertThat(openings.times(resource("recycling-centre"), date("2026-12-27"), NOW)).as("Sunday, 09:00 to 13:00")
                .hasSize(16);
    }

    @Test
    void theRegisterOfficeClosesForLunchAndBooksFromADayAhead() {
        assertThat(openings.times(resource("birth-registration-porth"), MONDAY, NOW)).isEmpty();
        assertThat(openings.times(resource("birth-registration-porth"), date("2026-12-22"), NOW))
                .extracting(time -> time.start().toLocalTime())
                .startsWith(LocalTime.of(10, 0), LocalTime.of(10, 30))
                .contains(LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(15, 30))
                .doesNotContain(LocalTime.of(9, 30), LocalTime.of(12, 30), LocalTime.of(13, 0), LocalTime.of(16, 0));
    }

    @Test
    void aCollectionRoundOffersWholeDaysOnItsWeekdaysFromThreeDaysAhead() {
        assertThat(openings.days(resource("bulky-waste-south"), MONDAY, date("2027-01-08"), NOW))
                .extracting(DayWithSpace::date)
                .containsExactly(date("2026-12-29"), date("2026-12-31"), date("2027-01-05"), date("2027-01-07"));
        assertThat(openings.times(resource("bulky-waste-south"), date("2026-12-29"), NOW)).singleElement()
                .isEqualTo(new FreeTime(date("2026-12-29").atTime(7, 0), date("2026-12-29").atTime(15, 0), 12));
    }

    @Test
    void anAdHocClosureClosesTheDay() {
        BookableResource centre = resource("recycling-centre");
        BookableResource closedOnChristmasEve = new BookableResource(centre.id(), centre.group(), centre.name(),
                centre.location(), centre.wards(), centre.opening(), centre.slotLength(), centre.capacity(),
                centre.horizonDays(), centre.leadTime(), centre.cancelUntil(), centre.limit(),
                Set.of(date("2026-12-24")));

        assertThat(schedule.slotsOn(closedOnChristmasEve, date("2026-12-24"))).isEmpty();
        assertThat(openings.days(closedOnChristmasEve, date("2026-12-23"), date("2026-12-26"), NOW))
                .extracting(DayWithSpace::date).containsExactly(date("2026-12-23"), date("2026-12-26"));
    }

    @Test
    void aSlotThatCannotBeBookedSaysWhy() {
        BookableResource centre = resource("recycling-centre");

        assertThat(refusal(centre, "2026-12-25T10:00")).as("Christmas Day").isEqualTo(Reason.CLOSED);
        assertThat(refusal(centre, "2026-12-22T16:00")).as("closing time").isEqualTo(Reason.CLOSED);
        assertThat(refusal(centre, "2026-12-22T10:05")).as("not a slot's start").isEqualTo(Reason.CLOSED);
        assertThat(refusal(centre, "2026-12-21T10:45")).as("within the lead time").isEqualTo(Reason.TOO_SOON);
        assertThat(refusal(centre, "2027-01-05T10:00")).as("past the horizon").isEqualTo(Reason.OUTSIDE_HORIZON);
        assertThat(refusal(centre, "2026-12-20T10:00")).as("yesterday").isEqualTo(Reason.OUTSIDE_HORIZON);
        assertThat(schedule.bookableSlot(centre, LocalDateTime.parse("2026-12-21T11:00"), NOW).end())
                .isEqualTo(LocalDateTime.parse("2026-12-21T11:15"));
    }

    @Test
    void residentsMayChangeABookingUntilTheCutOff() {
        BookableResource centre = resource("recycling-centre");

        assertThat(schedule.canStillChange(centre, LocalDateTime.parse("2026-12-21T11:00"), NOW)).isTrue();
        assertThat(schedule.canStillChange(centre, LocalDateTime.parse("2026-12-21T10:59"), NOW)).isFalse();
    }

    private Reason refusal(BookableResource resource, String start) {
        return catchThrowableOfType(BookingRefused.class,
                () -> schedule.bookableSlot(resource, LocalDateTime.parse(start), NOW)).reason();
    }

    private BookableResource resource(String id) {
        return resources.get(id);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
