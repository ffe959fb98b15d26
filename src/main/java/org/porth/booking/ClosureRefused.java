package org.porth.booking;

import java.time.LocalDate;
import java.util.List;

/**
 * A closure was not added and nothing changed: {@code messageKey} (booking bundle) says why, next
 * to {@code field}. When held or confirmed bookings fall on the days, {@link #affectedDays()} lists
 * each booking's day, and the administrator must choose to cancel them or move them first.
 */
public class ClosureRefused extends RuntimeException {

    public static final String AFFECTED = "affected";

    private final String field;
    private final String messageKey;
    private final List<LocalDate> affectedDays;

    public ClosureRefused(String field, String messageKey) {
        this(field, messageKey, List.of());
    }

    ClosureRefused(String field, String messageKey, List<LocalDate> affectedDays) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
        this.affectedDays = List.copyOf(affectedDays);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The day of every booking in the way, in time order (a day once per booking). */
    public List<LocalDate> affectedDays() {
        return affectedDays;
    }
}
