package org.porth.booking.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.porth.booking.BookableResource;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.internal.OpeningText;

/**
 * A resource's booking rules as an administrator typed them on the rules form, checked by
 * {@link RuleAdministration#save}: every mistake is refused with its field, and nothing typed is
 * lost because the form keeps the text.
 *
 * @param limitPer no household limit when null; {@code limitBookings} is read only with a period
 * @param opening  per weekday, one or more ranges such as "09:00-12:30, 13:30-16:00"; blank when closed
 */
public record RuleChange(String resourceId, String capacity, String horizonDays, String leadTime, Unit leadTimeUnit,
        String cancelUntil, Unit cancelUntilUnit, String limitBookings, HouseholdLimit.Period limitPer,
        Map<DayOfWeek, String> opening) {

    public static final String CAPACITY = "rules-capacity";
    public static final String HORIZON = "rules-horizon";
    public static final String LEAD_TIME = "rules-lead-time";
    public static final String CANCEL_UNTIL = "rules-cancel-until";
    public static final String LIMIT_BOOKINGS = "rules-limit-bookings";
    public static final String CANCEL_REASON = "rules-cancel-reason";

    public RuleChange {
        opening = Map.copyOf(opening);
    }

    /** The resource's rules as an administrator would type them, to start the form from. */
    public static RuleChange of(BookableResource rules) {
        Unit lead = Unit.largestFor(rules.leadTime());
        Unit cancel = Unit.largestFor(rules.cancelUntil());
        Map<DayOfWeek, String> opening = new EnumMap<>(DayOfWeek.class);
        Arrays.stream(DayOfWeek.values()).forEach(day ->
                opening.put(day, OpeningText.text(rules.opening().getOrDefault(day, List.of()))));
        return new RuleChange(rules.id(), String.valueOf(rules.capacity()), String.valueOf(rules.horizonDays()),
                String.valueOf(lead.amount(rules.leadTime())), lead, String.valueOf(cancel.amount(rules.cancelUntil())),
                cancel, rules.limit().map(limit -> String.valueOf(limit.bookings())).orElse(""),
                rules.limit().map(HouseholdLimit::per).orElse(null), opening);
    }

    /** The field of a weekday's opening hours, e.g. {@code rules-opening-monday}. */
    public static String opening(DayOfWeek day) {
        return "rules-opening-" + day.name().toLowerCase(Locale.ROOT);
    }

    /** What a lead time or a cancelling time is counted in. */
    public enum Unit {
        MINUTES(ChronoUnit.MINUTES), HOURS(ChronoUnit.HOURS), DAYS(ChronoUnit.DAYS);

        private final ChronoUnit unit;

        Unit(ChronoUnit unit) {
            this.unit = unit;
        }

        public Duration of(long amount) {
            return Duration.of(amount, unit);
        }

        /** The largest unit the duration is a whole number of: P3D in days, PT90M in minutes; none in minutes. */
        public static Unit largestFor(Duration duration) {
            return duration.isZero() || duration.toMinutesPart() != 0 ? MINUTES : duration.toHoursPart() != 0 ? HOURS : DAYS;
        }

        /** How many of this unit the duration is. */
        public long amount(Duration duration) {
            return duration.toMinutes() / unit.getDuration().toMinutes();
        }
    }
}
