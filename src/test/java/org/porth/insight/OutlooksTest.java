package org.porth.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.porth.insight.forecast.DemandForecast;
import org.porth.insight.forecast.Forecaster;
import org.porth.insight.forecast.Method;
import org.porth.insight.forecast.ServiceLevelOutlook.Breach;
import org.porth.insight.internal.ForecastQueries.Arrivals;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Holiday;

/**
 * Looking ahead, counted by hand. Sixteen weeks, Monday 5 January to the week of 20 April 2026, in a
 * calendar with no bank holiday in them (so every week has five working days). Four weeks are left
 * to train on, so each forecast is the last four weeks' average, tested on the twelve after them.
 * <ul>
 * <li>Queue {@code bins}: 10 missed bins every week, and one bulky waste in the first. Ahead: 10 a
 * week, 80 in eight weeks. Tested: 10.25 forecast (11, 10, 10, 10) against 10: 2.5 % off. Open 0,
 * closing 32 in four weeks (8 a week), 5 working days (a week) allowed: 2 more open each week, so
 * the wait is 2/8, 4/8, 6/8, 8/8 and then 10/8 of a week in the fifth week: the week of 25 May.</li>
 * <li>Queue {@code roads}: potholes 4 a week for eight weeks (one of week one's on its Sunday), then 8.
 * Ahead: 8 a week, 64. Tested: 4 forecast, right for four weeks, half the actual 8 for eight:
 * 8 × 50 % / 12 = 33 %. Open 3, closing 40 in four weeks (10 a week): never behind.</li>
 * </ul>
 */
class OutlooksTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(List.of(
            new Holiday(LocalDate.of(2026, 1, 1), "New Year's Day", "Dydd Calan"),
            new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day", "Dydd Nadolig")), LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
    private static final LocalDate LAST_MONDAY = LocalDate.of(2026, 4, 20);
    private static final Map<String, Integer> LEVELS = Map.of("missed-bin", 5, "pothole", 10);

    private final Outlooks outlooks = new Outlooks(new Forecaster(CALENDAR));

    @Test
    void eightWeeksAheadPerQueueAndServiceWithTheirAccuracyAndTheQueueThatFallsBehind() {
        Outlook outlook = outlooks.of(LAST_MONDAY, history(16), Map.of("bins", 0L, "roads", 3L),
                Map.of("bins", 32L, "roads", 40L), service -> Optional.ofNullable(LEVELS.get(service)));

        assertThat(outlook.queues()).extracting(Outlook.Queue::queueId, queue -> Math.round(Outlook.expected(queue.forecast())),
                queue -> mape(queue.forecast()), Outlook.Queue::open, Outlook.Queue::closedPerWeek, Outlook.Queue::targetWorkingDays)
                .containsExactly(tuple("bins", 80L, 2.5, 0L, 8.0, Optional.of(5)),
                        tuple("roads", 64L, 33.3, 3L, 10.0, Optional.of(10)));
        assertThat(outlook.queues().getFirst().breach()).contains(new Breach(LocalDate.of(2026, 5, 25), 10, 1.25));
        assertThat(outlook.queues().get(1).breach()).isEmpty();
        assertThat(outlook.queues().getFirst().forecast().weeks()).extracting(DemandForecast.Week::monday)
                .startsWith(LocalDate.of(2026, 4, 27)).hasSize(Forecaster.HORIZON);

        assertThat(outlook.services()).extracting(Outlook.Service::serviceId, service -> Math.round(Outlook.expected(service.forecast())),
                service -> service.forecast().method())
                .containsExactly(tuple("bulky-waste", 0L, Method.RECENT_MEAN), tuple("missed-bin", 80L, Method.RECENT_MEAN),
                        tuple("pothole", 64L, Method.RECENT_MEAN));
        assertThat(outlook.services().getFirst().forecast().accuracy().mape()).as("no bulky waste in the tested weeks").isEmpty();
    }

    @Test
    void twelveWeeksAreTooFewToForecastAndTest() {
        Outlook outlook = outlooks.of(LAST_MONDAY, history(12).stream()
                        .filter(arrived -> !arrived.day().isBefore(LAST_MONDAY.minusWeeks(11))).toList(),
                Map.of(), Map.of(), service -> Optional.empty());
        assertThat(outlook.queues()).isEmpty();
        assertThat(outlook.services()).isEmpty();
    }

    private static List<Arrivals> history(int weeks) {
        List<Arrivals> arrivals = new ArrayList<>();
        arrivals.add(new Arrivals("bins", "bulky-waste", FIRST_MONDAY.plusDays(2), 1));
        arrivals.add(new Arrivals("roads", "pothole", FIRST_MONDAY.plusDays(6), 1));
        for (int week = 0; week < weeks; week++) {
            LocalDate monday = FIRST_MONDAY.plusWeeks(week + 16L - weeks);
            arrivals.add(new Arrivals("bins", "missed-bin", monday, 10));
            arrivals.add(new Arrivals("roads", "pothole", monday.plusDays(1), week == 0 ? 3 : week < 8 ? 4 : 8));
        }
        return arrivals;
    }

    private static double mape(DemandForecast forecast) {
        return Math.round(forecast.accuracy().mape().orElseThrow() * 10) / 10.0;
    }
}
