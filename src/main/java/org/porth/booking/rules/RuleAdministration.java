package org.porth.booking.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.porth.booking.BookableResource;
import org.porth.booking.internal.BookingDesk;
import org.porth.booking.internal.BookingRow;
import org.porth.booking.internal.BookingRows;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.RuleOverride;
import org.porth.booking.internal.RuleOverrides;
import org.porth.booking.internal.Schedule;
import org.porth.booking.internal.SlotCounters;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators change a resource's booking rules (capacity, how far ahead, latest booking, latest
 * cancelling, household limit, opening hours) in place of its file's, and put them back to the
 * council's defaults. Slot length and wards stay in the file. Slots already made take a new capacity
 * without losing a booking, and bookings outside new opening hours are never left silently: the
 * change is refused unless the administrator chose to cancel them. Why:
 * docs/decisions/0020-booking-rules-admin.md.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class RuleAdministration {

    private final ResourceRegistry resources;
    private final RuleOverrides overrides;
    private final Schedule schedule;
    private final SlotCounters counters;
    private final BookingRows rows;
    private final BookingDesk desk;
    private final CurrentUser currentUser;
    private final Clock clock;

    RuleAdministration(ResourceRegistry resources, RuleOverrides overrides, Schedule schedule, SlotCounters counters,
            BookingRows rows, BookingDesk desk, CurrentUser currentUser, Clock clock) {
        this.resources = resources;
        this.overrides = overrides;
        this.schedule = schedule;
        this.counters = counters;
        this.rows = rows;
        this.desk = desk;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The resource's rules, its council's defaults and who changed them last; empty for no such resource. */
    @Transactional(readOnly = true)
    public Optional<RulesInForce> rules(String resourceId) {
        return resources.find(resourceId).map(rules -> new RulesInForce(rules, resources.fromFile(resourceId),
                overrides.of(resourceId).map(last -> new RulesInForce.LastChange(last.changedBy(), last.changedAt(),
                        last.isEmpty()))));
    }

    /**
     * Puts the rules typed in force for the resource, from now on.
     *
     * @param cancelReason when given, bookings outside the new opening hours are cancelled, each
     *                     resident told this reason; when empty, such bookings stop the change
     * @throws RulesRefused with every mistake typed, or with the bookings outside the new hours
     */
    public RulesSaved save(RuleChange change, Optional<String> cancelReason) {
        BookableResource fromFile = resources.fromFile(change.resourceId());
        BookableResource wanted = RuleCheck.wanted(fromFile, change, cancelReason);
        return put(fromFile, RuleOverride.between(fromFile, wanted, officer(), clock.instant()), cancelReason);
    }

    /** Back to the council's defaults (the file's rules), asking about bookings as {@link #save} does. */
    public RulesSaved reset(String resourceId, Optional<String> cancelReason) {
        BookableResource fromFile = resources.fromFile(resourceId);
        RuleCheck.reasonOnly(cancelReason);
        return put(fromFile, RuleOverride.none(resourceId, officer(), clock.instant()), cancelReason);
    }

    /**
     * The change is written first, so that nobody on this node books outside the new hours meanwhile;
     * then the bookings outside them are cancelled or the whole change undone; then the slots already
     * made take the capacity.
     */
    private RulesSaved put(BookableResource fromFile, RuleOverride change, Optional<String> cancelReason) {
        BookableResource before = resources.get(fromFile.id());
        BookableResource after = change.applyTo(fromFile);
        Instant now = change.changedAt();
        overrides.save(change);
        List<BookingRow> outside = before.opening().equals(after.opening()) ? List.of()
                : rows.activeFrom(after.id(), now).stream()
                        .filter(row -> !schedule.withinHours(after, row.localStart(), row.localEnd())).toList();
        if (!outside.isEmpty() && cancelReason.isEmpty()) {
            throw new RulesRefused(List.of(), outside.stream().map(BookingRow::localStart).toList());
        }
        outside.forEach(row -> desk.cancel(row.reference(), Optional.empty(), change.changedBy(),
                cancelReason.orElseThrow().strip()));
        List<LocalDateTime> above = counters.setCapacity(after.id(), after.capacity(), now).stream()
                .map(slot -> LocalDateTime.ofInstant(slot.start(), Schedule.ZONE)).toList();
        return new RulesSaved(outside.size(), above);
    }

    private String officer() {
        return currentUser.get().map(SignedInUser::id).orElseThrow();
    }
}
