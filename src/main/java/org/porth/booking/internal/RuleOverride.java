package org.porth.booking.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.porth.booking.BookableResource;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.OpeningTimes;

/**
 * The booking rules an administrator changed for a resource, each null where the file's applies; all
 * null after "back to the council's defaults". Slot length and wards are never changed here.
 *
 * @param limitBookings 0 for no household limit, with {@code limitPer} null
 */
public record RuleOverride(String resourceId, Integer capacity, Integer horizonDays, Duration leadTime,
        Duration cancelUntil, Integer limitBookings, HouseholdLimit.Period limitPer,
        Map<DayOfWeek, List<OpeningTimes>> opening, String changedBy, Instant changedAt) {

    public RuleOverride {
        opening = opening == null ? null : Map.copyOf(opening);
    }

    /** The rules of {@code wanted} that differ from the file's: only those are kept. */
    public static RuleOverride between(BookableResource fromFile, BookableResource wanted, String changedBy,
            Instant changedAt) {
        boolean limitChanged = !wanted.limit().equals(fromFile.limit());
        return new RuleOverride(fromFile.id(), changed(fromFile.capacity(), wanted.capacity()),
                changed(fromFile.horizonDays(), wanted.horizonDays()), changed(fromFile.leadTime(), wanted.leadTime()),
                changed(fromFile.cancelUntil(), wanted.cancelUntil()),
                limitChanged ? wanted.limit().map(HouseholdLimit::bookings).orElse(0) : null,
                limitChanged ? wanted.limit().map(HouseholdLimit::per).orElse(null) : null,
                changed(fromFile.opening(), wanted.opening()), changedBy, changedAt);
    }

    /** Back to the council's defaults: nothing changed, but who went back and when is kept. */
    public static RuleOverride none(String resourceId, String changedBy, Instant changedAt) {
        return new RuleOverride(resourceId, null, null, null, null, null, null, null, changedBy, changedAt);
    }

    public BookableResource applyTo(BookableResource fromFile) {
        Optional<HouseholdLimit> limit = limitBookings == null ? fromFile.limit()
                : limitBookings == 0 ? Optional.empty() : Optional.of(new HouseholdLimit(limitBookings, limitPer));
        return new BookableResource(fromFile.id(), fromFile.group(), fromFile.name(), fromFile.location(),
                fromFile.wards(), Objects.requireNonNullElse(opening, fromFile.opening()), fromFile.slotLength(),
                Objects.requireNonNullElse(capacity, fromFile.capacity()),
                Objects.requireNonNullElse(horizonDays, fromFile.horizonDays()),
                Objects.requireNonNullElse(leadTime, fromFile.leadTime()),
                Objects.requireNonNullElse(cancelUntil, fromFile.cancelUntil()), limit, fromFile.closed());
    }

    /** Whether every rule is the file's. */
    public boolean isEmpty() {
        return capacity == null && horizonDays == null && leadTime == null && cancelUntil == null
                && limitBookings == null && opening == null;
    }

    private static <T> T changed(T fromFile, T wanted) {
        return wanted.equals(fromFile) ? null : wanted;
    }
}
