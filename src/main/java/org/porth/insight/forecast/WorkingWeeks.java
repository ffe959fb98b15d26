package org.porth.insight.forecast;

import java.time.LocalDate;

import org.porth.shared.BusinessCalendar;

/**
 * Working days per week from the business calendar: a week with a bank holiday has four, and demand
 * forecast for it is four fifths of a full week's. A week beyond the years the calendar knows counts
 * its weekdays only, since its bank holidays are not in the file yet.
 */
final class WorkingWeeks {

    private final BusinessCalendar calendar;

    WorkingWeeks(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    int workingDays(LocalDate monday) {
        int days = 0;
        for (int i = 0; i < 5; i++) {
            LocalDate day = monday.plusDays(i);
            if (!calendar.covers(day) || calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** Demand per working day in each week, so that weeks with and without bank holidays compare. */
    double[] perWorkingDay(WeeklyDemand demand) {
        double[] rates = new double[demand.weeks()];
        for (int week = 0; week < rates.length; week++) {
            int days = workingDays(demand.monday(week));
            // a week with no working day at all (Christmas on a short year) keeps its count as it is
            rates[week] = demand.counts().get(week) / Math.max(days, 1);
        }
        return rates;
    }
}
