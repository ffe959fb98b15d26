package org.porth.booking;

import java.time.LocalDate;

/** Days an administrator closed a resource on, from {@code first} to {@code last} (both included), and why. */
public record ResourceClosure(long id, String resourceId, LocalDate first, LocalDate last, String reason) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
