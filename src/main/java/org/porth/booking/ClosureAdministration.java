package org.porth.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.porth.booking.internal.BookingDesk;
import org.porth.booking.internal.BookingRow;
import org.porth.booking.internal.BookingRows;
import org.porth.booking.internal.Closures;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.Schedule;
import org.porth.booking.internal.SlotCounters;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators close a resource on days its rules would open it (maintenance, staff away) and
 * open it again. A closure never strands bookings silently: when held or confirmed bookings fall on
 * its days it is refused unless the administrator chose to cancel them. Why:
 * docs/decisions/0019-booking-closures.md.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class ClosureAdministration {

    public static final String RESOURCE_FIELD = "closure-resource";
    public static final String FIRST_FIELD = "closure-first";
    public static final String LAST_FIELD = "closure-last";
    public static final String REASON_FIELD = "closure-reason";
    static final int REASON_LENGTH = 200;

    /** What an administrator asked for; {@code last} empty closes {@code first} only. */
    public record Closing(String resourceId, LocalDate first, LocalDate last, String reason, boolean cancelBookings) {
    }

    private final ResourceRegistry resources;
    private final Closures closures;
    private final SlotCounters counters;
    private final BookingRows rows;
    private final BookingDesk desk;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClosureAdministration(ResourceRegistry resources, Closures closures, SlotCounters counters, BookingRows rows,
            BookingDesk desk, CurrentUser currentUser, Clock clock) {
        this.resources = resources;
        this.closures = closures;
        this.counters = counters;
        this.rows = rows;
        this.desk = desk;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The resource's closures that have not ended, earliest first. */
    @Transactional(readOnly = true)
    public List<ResourceClosure> current(String resourceId) {
        LocalDate today = LocalDate.now(clock.withZone(Schedule.ZONE));
        return closures.of(resourceId).stream().filter(closure -> !closure.last().isBefore(today)).toList();
    }

    /**
     * Closes the resource on the days. The closure is written first, so that nobody books those
     * days meanwhile; then the bookings on them are cancelled (each publishing
     * {@link BookingCancelled}) if the administrator chose so, else the whole change is undone.
     *
     * @throws ClosureRefused for a wrong field, or with the affected days when bookings are in the way
     */
    public ResourceClosure close(Closing closing) {
        LocalDate last = check(closing);
        String officer = currentUser.get().map(SignedInUser::id).orElseThrow();
        ResourceClosure added = closures.add(closing.resourceId(), closing.first(), last, closing.reason().strip(), officer,
                clock.instant());
        List<BookingRow> inTheWay = activeBookings(closing.resourceId(), closing.first(), last);
        if (!inTheWay.isEmpty() && !closing.cancelBookings()) {
            throw new ClosureRefused(ClosureRefused.AFFECTED, "booking.admin.error.affected",
                    inTheWay.stream().map(row -> row.localStart().toLocalDate()).toList());
        }
        inTheWay.forEach(row -> desk.cancel(row.reference(), Optional.empty(), officer, added.reason()));
        return added;
    }

    /** Opens the days again; nothing happens if the closure was already removed. */
    public void reopen(long closureId) {
        closures.remove(closureId);
    }

    private LocalDate check(Closing closing) {
        if (closing.resourceId() == null || resources.find(closing.resourceId()).isEmpty()) {
            throw new ClosureRefused(RESOURCE_FIELD, "booking.admin.error.resource");
        }
        if (closing.first() == null) {
            throw new ClosureRefused(FIRST_FIELD, "booking.admin.error.first");
        }
        if (closing.first().isBefore(LocalDate.now(clock.withZone(Schedule.ZONE)))) {
            throw new ClosureRefused(FIRST_FIELD, "booking.admin.error.first-past");
        }
        LocalDate last = closing.last() == null ? closing.first() : closing.last();
        if (last.isBefore(closing.first())) {
            throw new ClosureRefused(LAST_FIELD, "booking.admin.error.last-before-first");
        }
        if (closing.reason() == null || closing.reason().isBlank()) {
            throw new ClosureRefused(REASON_FIELD, "booking.admin.error.reason");
        }
        if (closing.reason().strip().length() > REASON_LENGTH) {
            throw new ClosureRefused(REASON_FIELD, "booking.admin.error.reason-long");
        }
        return last;
    }

    private List<BookingRow> activeBookings(String resourceId, LocalDate first, LocalDate last) {
        List<Long> slots = counters.between(resourceId, first.atStartOfDay(Schedule.ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(Schedule.ZONE).toInstant()).stream().map(SlotCounters.Counter::id).toList();
        return rows.inSlots(slots).stream().filter(row -> row.status().isActive())
                .sorted(Comparator.comparing(BookingRow::start)).toList();
    }
}
