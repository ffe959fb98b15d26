package org.porth.booking.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.porth.booking.BookableResource;
import org.porth.booking.ClosureAdministration;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.OpeningTimes;
import org.porth.booking.rules.RulesRefused.Problem;
import org.porth.booking.internal.OpeningText;

/**
 * Reads the rules an administrator typed, collecting every mistake with its field so that the form
 * shows them all at once.
 */
final class RuleCheck {

    static final int MOST_PLACES = 999;
    static final int MOST_DAYS_AHEAD = 366;
    static final int MOST_BOOKINGS = 99;
    static final int REASON_LENGTH = 200;
    private static final Duration LONGEST = Duration.ofDays(366);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final List<Problem> problems = new ArrayList<>();

    private RuleCheck() {
    }

    /**
     * The resource with the rules as typed.
     *
     * @throws RulesRefused with every mistake, the cancelling reason's too when one is given
     */
    static BookableResource wanted(BookableResource fromFile, RuleChange change, Optional<String> cancelReason) {
        RuleCheck check = new RuleCheck();
        int capacity = check.whole(change.capacity(), 1, MOST_PLACES, RuleChange.CAPACITY, "capacity");
        int horizon = check.whole(change.horizonDays(), 1, MOST_DAYS_AHEAD, RuleChange.HORIZON, "horizon");
        Duration lead = check.duration(change.leadTime(), change.leadTimeUnit(), RuleChange.LEAD_TIME, "lead-time");
        Duration cancel = check.duration(change.cancelUntil(), change.cancelUntilUnit(), RuleChange.CANCEL_UNTIL,
                "cancel-until");
        Optional<HouseholdLimit> limit = change.limitPer() == null ? Optional.empty()
                : Optional.of(new HouseholdLimit(check.whole(change.limitBookings(), 1, MOST_BOOKINGS,
                        RuleChange.LIMIT_BOOKINGS, "limit"), change.limitPer()));
        Map<DayOfWeek, List<OpeningTimes>> opening = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            check.opening(change.opening().getOrDefault(day, ""), day, fromFile.slotLength())
                    .ifPresent(times -> opening.put(day, times));
        }
        check.reason(cancelReason);
        check.refuseIfWrong();
        return new BookableResource(fromFile.id(), fromFile.group(), fromFile.name(), fromFile.location(),
                fromFile.wards(), opening, fromFile.slotLength(), capacity, horizon, lead, cancel, limit,
                fromFile.closed());
    }

    /** @throws RulesRefused when a reason to cancel bookings is given but blank or too long */
    static void reasonOnly(Optional<String> cancelReason) {
        RuleCheck check = new RuleCheck();
        check.reason(cancelReason);
        check.refuseIfWrong();
    }

    /** The number typed, or 1 (a stand-in, never saved) after noting the mistake. */
    private int whole(String typed, int least, int most, String field, String key) {
        String number = typed == null ? "" : typed.strip();
        if (!WHOLE_NUMBER.matcher(number).matches()) {
            problem(field, key);
        } else if (Integer.parseInt(number) < least) {
            problem(field, key + "-low");
        } else if (Integer.parseInt(number) > most) {
            problem(field, key + "-high");
        } else {
            return Integer.parseInt(number);
        }
        return 1;
    }

    private Duration duration(String typed, RuleChange.Unit unit, String field, String key) {
        String number = typed == null ? "" : typed.strip();
        if (!WHOLE_NUMBER.matcher(number).matches() || unit == null) {
            problem(field, key);
            return Duration.ZERO;
        }
        Duration duration = unit.of(Long.parseLong(number));
        if (duration.compareTo(LONGEST) > 0) {
            problem(field, key + "-high");
        }
        return duration;
    }

    private Optional<List<OpeningTimes>> opening(String typed, DayOfWeek day, Optional<Duration> slotLength) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            List<OpeningTimes> times = OpeningText.ranges(typed);
            if (slotLength.isPresent() && times.stream().anyMatch(range ->
                    Duration.between(range.opens(), range.closes()).compareTo(slotLength.get()) < 0)) {
                problem(RuleChange.opening(day), "opening-short");
            }
            return Optional.of(times);
        } catch (OpeningText.Wrong wrong) {
            problem(RuleChange.opening(day), switch (wrong.mistake()) {
                case NOT_TIMES -> "opening";
                case CLOSES_BEFORE_OPENING -> "opening-order";
                case OVERLAP -> "opening-overlap";
            });
            return Optional.empty();
        }
    }

    private void reason(Optional<String> cancelReason) {
        // the same words as a closure's reason (ClosureAdministration)
        if (cancelReason.isPresent() && cancelReason.get().isBlank()) {
            problems.add(new Problem(RuleChange.CANCEL_REASON, "booking.admin.error.reason"));
        } else if (cancelReason.isPresent() && cancelReason.get().strip().length() > REASON_LENGTH) {
            problems.add(new Problem(RuleChange.CANCEL_REASON, "booking.admin.error.reason-long"));
        }
    }

    private void problem(String field, String key) {
        problems.add(new Problem(field, "booking.rules.error." + key));
    }

    private void refuseIfWrong() {
        if (!problems.isEmpty()) {
            throw new RulesRefused(problems, List.of());
        }
    }
}
