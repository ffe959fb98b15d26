package org.porth.insight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.Channel;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Holiday;

/** A seeded demo year of 3,000 requests, from December 2025 to the end of November 2026. */
class ActivityPlanTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(List.of(
            holiday("2025-01-01"), holiday("2025-12-25"), holiday("2025-12-26"), holiday("2026-01-01"),
            holiday("2026-04-03"), holiday("2026-04-06"), holiday("2026-05-04"), holiday("2026-05-25"),
            holiday("2026-08-31"), holiday("2026-12-25"), holiday("2026-12-28")), LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final Set<Channel> STAFF = EnumSet.of(Channel.PHONE, Channel.FACE_TO_FACE);

    private final ActivityPlan plan = new ActivityPlan(CALENDAR, 42, 3_000, LAST_DAY);
    private final List<Sent> year = plan.days().stream()
            .flatMap(day -> plan.on(day).stream().map(request -> new Sent(day, request))).toList();

    @Test
    void aYearOfTheSizeAskedFor() {
        assertThat(plan.days()).hasSize(365).startsWith(LocalDate.of(2025, 12, 1)).endsWith(LAST_DAY);
        assertThat(year.size()).isBetween(2_910, 3_090);
        long followUps = year.stream().filter(sent -> sent.request().followUp().isPresent()).count();
        assertThat(followUps).as("repeat reports and requests sent again after withdrawing").isBetween(40L, 150L);
    }

    @Test
    void theSameSeedMakesTheSameYearAndAnotherSeedAnother() {
        LocalDate day = LocalDate.of(2026, 3, 16);
        assertThat(new ActivityPlan(CALENDAR, 42, 3_000, LAST_DAY).on(day)).isEqualTo(plan.on(day)).isNotEmpty();
        assertThat(new ActivityPlan(CALENDAR, 43, 3_000, LAST_DAY).on(day)).isNotEqualTo(plan.on(day));
    }

    @Test
    void gardenWasteInSpringPotholesAfterTheFrostsSchoolPlacesInTheAutumn() {
        assertThat(count("garden-waste", Month.MARCH, Month.APRIL, Month.MAY))
                .isGreaterThan(5 * count("garden-waste", Month.DECEMBER, Month.JANUARY, Month.FEBRUARY));
        assertThat(count("pothole", Month.JANUARY, Month.FEBRUARY, Month.MARCH))
                .isGreaterThan(3 * count("pothole", Month.JUNE, Month.JULY, Month.AUGUST));
        assertThat(count("school-place", Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER))
                .isGreaterThan(3 * count("school-place", Month.JUNE, Month.JULY, Month.AUGUST));
    }

    @Test
    void mondaysAreBusiestAndOnlyTheWebAndApiAreOpenAtWeekendsAndOnBankHolidays() {
        assertThat(count(sent -> sent.day().getDayOfWeek() == DayOfWeek.MONDAY))
                .isGreaterThan(count(sent -> sent.day().getDayOfWeek() == DayOfWeek.FRIDAY));
        assertThat(count(sent -> sent.day().getDayOfWeek() == DayOfWeek.SATURDAY) * 2)
                .isLessThan(count(sent -> sent.day().getDayOfWeek() == DayOfWeek.WEDNESDAY));
        assertThat(year).filteredOn(sent -> !CALENDAR.isWorkingDay(sent.day()))
                .isNotEmpty().noneMatch(sent -> STAFF.contains(sent.request().channel()));
        // collections move after a bank holiday: the missed bins come the working day after
        Predicate<LocalDate> afterHoliday = day -> CALENDAR.isWorkingDay(day) && CALENDAR.holiday(day.minusDays(1)).isPresent();
        Predicate<LocalDate> ordinaryTuesday = day -> day.getDayOfWeek() == DayOfWeek.TUESDAY && !afterHoliday.test(day)
                && CALENDAR.isWorkingDay(day);
        assertThat(missedBinsPerDay(afterHoliday)).isGreaterThan(1.5 * missedBinsPerDay(ordinaryTuesday));
    }

    private double missedBinsPerDay(Predicate<LocalDate> days) {
        long bins = count(sent -> sent.request().serviceCode().equals("missed-bin") && days.test(sent.day()));
        return (double) bins / plan.days().stream().filter(days).count();
    }

    @Test
    void theWebGrowsOverTheYearAndThePhoneShrinks() {
        List<Sent> first = quarter(0);
        List<Sent> last = quarter(3);

        assertThat(share(last, Channel.WEB) - share(first, Channel.WEB)).isGreaterThan(0.15);
        assertThat(share(first, Channel.PHONE) - share(last, Channel.PHONE)).isGreaterThan(0.10);
        assertThat(share(first, Channel.API)).isBetween(0.05, 0.11);
    }

    @Test
    void staffClassifyOnlyCallsAndVisitsAndOnlyWebRequestsAreRated() {
        assertThat(year).allSatisfy(sent -> {
            assertThat(sent.request().contact().isPresent()).isEqualTo(STAFF.contains(sent.request().channel()));
            if (sent.request().life().satisfaction().isPresent()) {
                assertThat(sent.request().channel()).isEqualTo(Channel.WEB);
                assertThat(sent.request().life().satisfaction().getAsInt()).isBetween(1, 5);
            }
            assertThat(sent.request().life().withdrawnAt().isPresent() && sent.request().life().closed().isPresent())
                    .as("withdrawn or closed, never both").isFalse();
        });
        assertThat(count(sent -> sent.request().life().reopenedAt().isPresent())).isBetween(90L, 250L);
    }

    @Test
    void tenTimesTheSizeMakesAboutTenTimesTheRequests() {
        ActivityPlan bigger = new ActivityPlan(CALENDAR, 42, 30_000, LAST_DAY);
        LocalDate month = LocalDate.of(2026, 4, 1);
        int small = month.datesUntil(month.plusMonths(1)).mapToInt(day -> plan.on(day).size()).sum();
        int big = month.datesUntil(month.plusMonths(1)).mapToInt(day -> bigger.on(day).size()).sum();

        assertThat((double) big / small).isBetween(9.0, 11.0);
    }

    private List<Sent> quarter(int quarter) {
        LocalDate from = plan.days().getFirst().plusMonths(3L * quarter);
        return year.stream().filter(sent -> !sent.day().isBefore(from) && sent.day().isBefore(from.plusMonths(3))
                && CALENDAR.isWorkingDay(sent.day())).toList();
    }

    private static double share(List<Sent> requests, Channel channel) {
        return (double) requests.stream().filter(sent -> sent.request().channel() == channel).count() / requests.size();
    }

    private long count(String service, Month... months) {
        Set<Month> in = EnumSet.copyOf(List.of(months));
        return count(sent -> sent.request().serviceCode().equals(service) && in.contains(sent.day().getMonth()));
    }

    private long count(Predicate<Sent> which) {
        return year.stream().filter(which).count();
    }

    private static Holiday holiday(String date) {
        return new Holiday(LocalDate.parse(date), "Bank holiday", "Gŵyl banc");
    }

    private record Sent(LocalDate day, PlannedRequest request) {
    }
}
