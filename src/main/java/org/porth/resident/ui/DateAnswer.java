package org.porth.resident.ui;

import static org.porth.shell.DateInput.DAY;
import static org.porth.shell.DateInput.MONTH;
import static org.porth.shell.DateInput.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porth.resident.ProfileRules;

/**
 * A date of birth as typed into day, month and year boxes, and what is wrong with it, in the
 * GOV.UK order: nothing entered; a part missing; not numbers or a two-digit year; not a real
 * date; in the future; implausibly long ago.
 *
 * @param problem the message key's last part ({@code missing-day-month}), or null when valid
 * @param parts   the boxes the problem is in ({@code day}, {@code month}, {@code year})
 */
record DateAnswer(LocalDate date, String problem, Set<String> parts) {

    private static final Set<String> ALL = Set.of(DAY, MONTH, YEAR);

    static DateAnswer of(String day, String month, String year, LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (day.isBlank()) {
            missing.add(DAY);
        }
        if (month.isBlank()) {
            missing.add(MONTH);
        }
        if (year.isBlank()) {
            missing.add(YEAR);
        }
        if (missing.size() == 3) {
            return invalid("required", ALL);
        }
        if (!missing.isEmpty()) {
            return invalid("missing-" + String.join("-", missing), Set.copyOf(missing));
        }
        Optional<Integer> d = number(day);
        Optional<Integer> m = number(month);
        Optional<Integer> y = number(year);
        if (y.isPresent() && year.strip().length() != 4) {
            return invalid("year-digits", Set.of(YEAR));
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            return invalid("real", ALL);
        }
        LocalDate date;
        try {
            date = LocalDate.of(y.get(), m.get(), d.get());
        } catch (DateTimeException notADate) {
            return invalid("real", ALL);
        }
        if (!date.isBefore(today)) {
            return invalid("future", ALL);
        }
        if (!ProfileRules.isPlausibleBirthDate(date, today)) {
            return invalid("too-early", ALL);
        }
        return new DateAnswer(date, null, Set.of());
    }

    boolean valid() {
        return problem == null;
    }

    private static DateAnswer invalid(String problem, Set<String> parts) {
        return new DateAnswer(null, problem, parts);
    }

    private static Optional<Integer> number(String text) {
        String digits = text.strip();
        return digits.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
