package org.porth.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The council's working time, for service-level clocks. Days and hours are those of Europe/London,
 * so summer time changes nothing: office hours are 09:00 to 17:00 by the clock on the wall in March
 * and in November alike.
 * <ul>
 * <li>A <b>working day</b> is Monday to Friday and not a bank holiday (or closure day) in the file.
 * <li><b>Office hours</b> run from opening to closing time (by default 09:00 to 17:00) on working days.
 * <li><b>Working days</b> ({@link #addWorkingDays}): the day of the start never counts, whatever the
 * time or day; day one is the first working day after it, and the time is up when the office closes
 * on the last day counted. A missed bin reported at 14:00 on a Friday with 2 working days is due at
 * 17:00 on Tuesday; reported on the Saturday or at 20:00 on the Friday, it is due then too.
 * <li><b>Working time</b> ({@link #workingTimeBetween}, {@link #addWorkingTime}): only office hours
 * count. A start outside office hours counts from the next opening. Added time ends in office hours,
 * and at the closing time itself, not at the next opening, when it runs out exactly at the close.
 * </ul>
 * It knows the bank holidays of whole years (those in its file) and refuses, with an
 * {@link IllegalArgumentException}, any question that needs a day outside them, rather than take a
 * year it does not know as one without holidays. Immutable once made.
 */
public final class BusinessCalendar {

    private static final ZoneId ZONE = ClockConfiguration.UK;

    private final Map<LocalDate, Holiday> holidays;
    private final int firstYear;
    private final int lastYear;
    private final LocalTime officeOpens;
    private final LocalTime officeCloses;

    /** A calendar covering the years from the first to the last holiday's, each with its holidays in full. */
    public BusinessCalendar(Collection<Holiday> holidays, LocalTime officeOpens, LocalTime officeCloses) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("No bank holidays: the calendar would not know which years it covers");
        }
        if (!officeOpens.isBefore(officeCloses)) {
            throw new IllegalArgumentException("The office opens (" + officeOpens + ") after it closes (" + officeCloses + ")");
        }
        this.holidays = holidays.stream().collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity()));
        this.firstYear = this.holidays.keySet().stream().mapToInt(LocalDate::getYear).min().orElseThrow();
        this.lastYear = this.holidays.keySet().stream().mapToInt(LocalDate::getYear).max().orElseThrow();
        this.officeOpens = officeOpens;
        this.officeCloses = officeCloses;
    }

    public boolean isWorkingDay(LocalDate date) {
        // the holiday first, so that a weekend day outside the calendar's years is refused too
        return holiday(date).isEmpty() && !isWeekend(date);
    }

    /**
     * Whether the calendar knows the date's year: every other question about a date outside is refused.
     * Pages check a date from their address with it before they work anything out for it.
     */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /** The bank holiday or closure day on the date, if any. */
    public Optional<Holiday> holiday(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException("The business calendar has bank holidays for " + firstYear + " to "
                    + lastYear + " only, not for " + date + ": add its year to the bank holidays file");
        }
        return Optional.ofNullable(holidays.get(date));
    }

    /** When a time of {@code days} working days from {@code start} is up: office close on the last day counted. */
    public Instant addWorkingDays(Instant start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("Working days to add must be 1 or more, not " + days);
        }
        LocalDate date = LocalDate.ofInstant(start, ZONE);
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return closing(date);
    }

    /**
     * How many working days have begun since {@code from}, up to {@code to}: how old a request is.
     * As in {@link #addWorkingDays}, the day of the start never counts; each working day after it
     * counts from its start. A request received on a Friday is 1 working day old on Monday (0 on
     * the Saturday), and a missed bin due in 2 working days is 2 working days old on its due day.
     */
    public int workingDaysBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Working days from " + from + " to an earlier " + to);
        }
        LocalDate last = LocalDate.ofInstant(to, ZONE);
        int days = 0;
        for (LocalDate date = LocalDate.ofInstant(from, ZONE).plusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                days++;
            }
        }
        return days;
    }

    /**
     * When {@code workingTime} of office hours from {@code start} has passed: the inverse of
     * {@link #workingTimeBetween}, e.g. for the time a paused clock has left once it restarts.
     */
    public Instant addWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative, not " + workingTime);
        }
        Duration remaining = workingTime;
        for (LocalDate date = LocalDate.ofInstant(start, ZONE); ; date = date.plusDays(1)) {
            if (isWorkingDay(date) && !start.isAfter(closing(date))) {
                Instant counting = latest(start, opening(date));
                Duration open = Duration.between(counting, closing(date));
                if (remaining.compareTo(open) <= 0) {
                    return counting.plus(remaining);
                }
                remaining = remaining.minus(open);
            }
        }
    }

    /** The office hours between two moments: how much of a service-level clock's time has been used. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Working time from " + from + " to an earlier " + to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, ZONE);
        for (LocalDate date = LocalDate.ofInstant(from, ZONE); !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                Instant start = latest(from, opening(date));
                Instant end = earliest(to, closing(date));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Instant opening(LocalDate date) {
        return date.atTime(officeOpens).atZone(ZONE).toInstant();
    }

    private Instant closing(LocalDate date) {
        return date.atTime(officeCloses).atZone(ZONE).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
