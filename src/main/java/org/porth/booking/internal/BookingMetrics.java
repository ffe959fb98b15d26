package org.porth.booking.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRescheduled;
import org.porth.shared.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Bookings made, moved and cancelled, and places refused by reason (docs/operations.md, metrics): a
 * rise in {@code slot_taken} refusals is a rush on a resource, in {@code closed} a calendar mistake.
 * Counted once committed, on the node that did it.
 */
@Component
class BookingMetrics {

    static final String BOOKINGS = "porth.bookings";
    static final String REFUSALS = "porth.bookings.refused";

    private final MeterRegistry meters;

    BookingMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(BookingConfirmed confirmed) {
        count("confirmed");
    }

    @EventListener
    void on(BookingRescheduled moved) {
        count("moved");
    }

    @EventListener
    void on(BookingCancelled cancelled) {
        count("cancelled");
    }

    void refused(BookingRefused.Reason reason) {
        Counter.builder(REFUSALS).description("Booking places refused, by reason")
                .tag("reason", reason.name().toLowerCase()).register(meters).increment();
    }

    private void count(String change) {
        Counter counter = Counter.builder(BOOKINGS).description("Bookings confirmed, moved and cancelled")
                .tag("change", change).register(meters);
        AfterCommit.run(counter::increment);
    }
}
