package org.porth.booking;

import java.time.LocalDateTime;
import java.util.List;

import org.porth.shared.ActionRefused;

/**
 * A booking action was refused and nothing changed. {@link #messageKey()} names the message (in the
 * booking bundle) that says why; when the slot has just been taken, {@link #nearestFreeTimes()}
 * offers the free times nearest to the one asked for. It names no field: the booking pages say
 * where it goes.
 */
public class BookingRefused extends ActionRefused {

    public enum Reason {
        /** The slot's last place went to someone else (or staff blocked it). */
        SLOT_TAKEN,
        /** The household already has as many bookings as the resource allows in that period. */
        LIMIT_REACHED,
        TOO_LATE_TO_CANCEL,
        /** Further ahead than the resource takes bookings, or already past. */
        OUTSIDE_HORIZON,
        /** Sooner than the resource's lead time allows. */
        TOO_SOON,
        /** Closed that day or at that time: a bank holiday, a closure, outside opening hours. */
        CLOSED,
        /** The resource does not serve the resident's address (a ward round). */
        NOT_IN_AREA,
        /** The booking is no longer held or confirmed (cancelled, expired, used). */
        NOT_ACTIVE,
        /** Whether the resident came can be recorded only once the booking has started. */
        NOT_STARTED;

        public String messageKey() {
            return "booking.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;
    private final List<LocalDateTime> nearestFreeTimes;

    public BookingRefused(Reason reason) {
        this(reason, List.of());
    }

    public BookingRefused(Reason reason, List<LocalDateTime> nearestFreeTimes) {
        super(null, reason.messageKey());
        this.reason = reason;
        this.nearestFreeTimes = List.copyOf(nearestFreeTimes);
    }

    public Reason reason() {
        return reason;
    }

    public List<LocalDateTime> nearestFreeTimes() {
        return nearestFreeTimes;
    }
}
