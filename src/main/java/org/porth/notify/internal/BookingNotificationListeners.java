package org.porth.notify.internal;

import java.time.LocalDateTime;
import java.util.function.Function;

import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingReminderDue;
import org.porth.booking.BookingRescheduled;
import org.porth.catalogue.Text;
import org.porth.identity.SystemTask;
import org.porth.notify.NotificationKind;
import org.porth.resident.ResidentId;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Which booking events tell the resident what, linking to their bookings: the reference, what was
 * booked, when and where ({@code {3}}, {@code {4}}, {@code {5}}), and for a cancellation by the
 * council its reason ({@code {6}}) — nothing else about them. Like {@link NotificationListeners},
 * an event delivered again writes nothing new: each cause names the booking and what changed.
 */
@Component
class BookingNotificationListeners {

    private final ResidentNotifier residents;
    private final NotifyProperties properties;

    BookingNotificationListeners(ResidentNotifier residents, NotifyProperties properties) {
        this.residents = residents;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(BookingConfirmed confirmed) {
        tell(confirmed.residentId(), NotificationKind.BOOKING_CONFIRMED, confirmed.reference(),
                "booking-confirmed:" + confirmed.reference(),
                booking(confirmed.resource(), confirmed.start(), confirmed.end(), confirmed.location()));
    }

    @ApplicationModuleListener
    void on(BookingRescheduled moved) {
        tell(moved.residentId(), moved.officerId() == null ? NotificationKind.BOOKING_MOVED
                        : NotificationKind.BOOKING_MOVED_BY_COUNCIL, moved.reference(),
                "booking-moved:" + moved.reference() + ":" + moved.to() + ":" + moved.at(),
                booking(moved.resource(), moved.to(), moved.toEnd(), moved.location()));
    }

    @ApplicationModuleListener
    void on(BookingCancelled cancelled) {
        boolean byCouncil = cancelled.officerId() != null;
        Function<Language, String[]> details = language -> new String[] {cancelled.resource().in(language),
                when(cancelled.start(), null, language), cancelled.location().in(language),
                cancelled.reason() == null ? "" : Translations.get(language,
                        "notify.booking-cancelled-by-council.reason", cancelled.reason())};
        // a booking is cancelled once: it cannot be taken again under its reference
        tell(cancelled.residentId(), byCouncil ? NotificationKind.BOOKING_CANCELLED_BY_COUNCIL
                : NotificationKind.BOOKING_CANCELLED, cancelled.reference(),
                "booking-cancelled:" + cancelled.reference(), details);
    }

    @ApplicationModuleListener
    void on(BookingReminderDue due) {
        tell(due.residentId(), NotificationKind.BOOKING_REMINDER, due.reference(),
                "booking-reminder:" + due.reference() + ":" + due.start(),
                booking(due.resource(), due.start(), due.end(), due.location()));
    }

    private static Function<Language, String[]> booking(Text resource, LocalDateTime start, LocalDateTime end,
            Text location) {
        return language -> new String[] {resource.in(language), when(start, end, language), location.in(language)};
    }

    /** "Tuesday 1 December 2026, 10:00am to 10:30am"; without an end, its start only. */
    private static String when(LocalDateTime start, LocalDateTime end, Language language) {
        String day = DateText.withWeekday(start.toLocalDate(), language) + ", " + DateText.time(start.toLocalTime(), language);
        return end == null ? day
                : Translations.get(language, "notify.booking.from-to", day, DateText.time(end.toLocalTime(), language));
    }

    private void tell(ResidentId residentId, NotificationKind kind, String reference, String cause,
            Function<Language, String[]> details) {
        SystemTask.NOTIFY.run(() -> {
            residents.tell(residentId == null ? null : residentId.toString(), kind, reference,
                    properties.bookingsLink(), cause, details);
            return null;
        });
    }
}
