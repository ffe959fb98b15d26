package org.porth.booking.rules;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Booking rules were not saved and nothing changed. Either some of what was typed is wrong
 * ({@link #problems()}, each with its field), or the new opening hours leave held or confirmed
 * bookings outside them ({@link #affected()}): the administrator must choose to cancel them.
 */
public class RulesRefused extends RuntimeException {

    public static final String AFFECTED = "rules-affected";

    /** What is wrong, next to which field: the message key is in the booking bundle. */
    public record Problem(String field, String messageKey) {
    }

    private final List<Problem> problems;
    private final List<LocalDateTime> affected;

    RulesRefused(List<Problem> problems, List<LocalDateTime> affected) {
        super(problems.isEmpty() ? affected.size() + " bookings outside the new opening hours" : problems.toString());
        this.problems = List.copyOf(problems);
        this.affected = List.copyOf(affected);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The start of every booking outside the new opening hours, in time order (a time once per booking). */
    public List<LocalDateTime> affected() {
        return affected;
    }
}
