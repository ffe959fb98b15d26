package org.porth.booking.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import org.porth.booking.BookableResource;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.springframework.stereotype.Component;

/**
 * Taking a slot's place, or saying it has just been taken with the free times nearest to it. A slot
 * found full is remembered for a moment ({@link FullSlots}), so that the crowd still asking for it
 * is answered without counting its places again.
 */
@Component
class Places {

    private static final int NEAREST = 3;

    private final SlotCounters counters;
    private final Openings openings;
    private final FullSlots fullSlots;

    Places(SlotCounters counters, Openings openings, FullSlots fullSlots) {
        this.counters = counters;
        this.openings = openings;
        this.fullSlots = fullSlots;
    }

    /** Refuses at once a slot this node found full a moment ago. */
    void refuseIfKnownFull(BookableResource resource, LocalDateTime start, Instant now) {
        var nearest = fullSlots.nearestIfFull(resource.id(), start, now);
        if (nearest.isPresent()) {
            throw new BookingRefused(Reason.SLOT_TAKEN, nearest.get());
        }
    }

    /** Takes a place in the slot, or refuses: it has just been taken (or staff blocked it). */
    void take(BookableResource resource, long slotId, LocalDateTime start, Instant now) {
        if (!counters.take(slotId)) {
            throw taken(resource, slotId, start, now);
        }
    }

    /** "Just taken", with the free times nearest to it; the slot is remembered as full for a moment. */
    BookingRefused taken(BookableResource resource, long slotId, LocalDateTime start, Instant now) {
        var nearest = openings.nearest(resource, start, now, NEAREST);
        fullSlots.found(resource.id(), start, slotId, nearest, now);
        return new BookingRefused(Reason.SLOT_TAKEN, nearest);
    }
}
