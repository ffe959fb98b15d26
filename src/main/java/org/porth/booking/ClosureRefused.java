package org.porth.booking;

import java.time.LocalDate;
import java.util.List;

import org.porth.shared.ActionRefused;

/**
 * A closure was not added and nothing changed: the refusal's message key (booking bundle) says why,
 * next to its field. When held or confirmed bookings fall on the days, {@link #affectedDays()} lists
 * each booking's day, and the administrator must choose to cancel them or move them first.
 */
public class ClosureRefused extends ActionRefused {

    public static final String AFFECTED = "affected";

    private final List<LocalDate> affectedDays;

    public ClosureRefused(String field, String messageKey) {
        this(field, messageKey, List.of());
    }

    ClosureRefused(String field, String messageKey, List<LocalDate> affectedDays) {
        super(field, messageKey);
        this.affectedDays = List.copyOf(affectedDays);
    }

    /** The day of every booking in the way, in time order (a day once per booking). */
    public List<LocalDate> affectedDays() {
        return affectedDays;
    }
}
