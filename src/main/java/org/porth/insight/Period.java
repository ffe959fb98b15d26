package org.porth.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Days from {@code from} to {@code to}, both counted, in Europe/London: a week (Monday to Sunday), a
 * calendar month, a quarter (January, April, July, October) or any run of days; and the period before
 * it, of the same kind and length, to compare with.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { WEEK, MONTH, QUARTER, CUSTOM }

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The week, month or quarter that has the day in it. */
    public static Period containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(kind, monday, monday.plusDays(6));
            }
            case MONTH -> new Period(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new Period(kind, first, first.plusMonths(3).minusDays(1));
            }
            case CUSTOM -> new Period(kind, day, day);
        };
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(Kind.CUSTOM, from, to);
    }

    /** The period just before, of the same kind: the month before a month, the same number of days before a custom run. */
    public Period previous() {
        return kind == Kind.CUSTOM ? new Period(kind, from.minusDays(days()), from.minusDays(1))
                : containing(kind, from.minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
