package org.porth.forms;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date limit as a definition writes it: an ISO date ({@code 2024-01-01}), {@code today}, or relative
 * to today ({@code -18y}, {@code +6m}, {@code -2w}, {@code -30d}).
 */
record DateBound(String spec) {

    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)([ymwd])");

    LocalDate resolve(LocalDate today) {
        if (spec.equals("today")) {
            return today;
        }
        Matcher relative = RELATIVE.matcher(spec);
        if (!relative.matches()) {
            return LocalDate.parse(spec);
        }
        long amount = Long.parseLong(relative.group(2)) * (relative.group(1).equals("-") ? -1 : 1);
        return switch (relative.group(3)) {
            case "y" -> today.plusYears(amount);
            case "m" -> today.plusMonths(amount);
            case "w" -> today.plusWeeks(amount);
            default -> today.plusDays(amount);
        };
    }

    boolean isToday() {
        return spec.equals("today");
    }

    /** "+1d": any day after today, i.e. "in the future". */
    boolean isTomorrow() {
        return spec.equals("+1d");
    }

    /** "-1d": any day before today, i.e. "in the past". */
    boolean isYesterday() {
        return spec.equals("-1d");
    }
}
