package org.porth.insight.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Requests counted per week, oldest first, with no gaps: week {@code i} starts on the Monday
 * {@code i} weeks after {@code firstMonday}. A week with no requests is a zero, not a missing week.
 */
public record WeeklyDemand(LocalDate firstMonday, List<Double> counts) {

    public WeeklyDemand {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("Weeks start on a Monday, not on " + firstMonday.getDayOfWeek());
        }
        if (counts.stream().anyMatch(count -> count == null || count < 0 || count.isNaN())) {
            throw new IllegalArgumentException("A week's demand is a count: zero or more");
        }
        counts = List.copyOf(counts);
    }

    public int weeks() {
        return counts.size();
    }

    public LocalDate monday(int week) {
        return firstMonday.plusWeeks(week);
    }

    /** The first {@code weeks} weeks: what was known when the later ones had not happened yet. */
    WeeklyDemand firstWeeks(int weeks) {
        return new WeeklyDemand(firstMonday, counts.subList(0, weeks));
    }
}
