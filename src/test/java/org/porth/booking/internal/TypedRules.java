package org.porth.booking.internal;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.porth.booking.BookableResource;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.rules.RuleChange;
import org.porth.booking.rules.RuleChange.Unit;

/** A resource's rules as an administrator would type them, changed one rule at a time. */
record TypedRules(RuleChange change) {

    static TypedRules of(BookableResource resource) {
        return new TypedRules(RuleChange.of(resource));
    }

    TypedRules capacity(String capacity) {
        return new TypedRules(new RuleChange(change.resourceId(), capacity, change.horizonDays(), change.leadTime(),
                change.leadTimeUnit(), change.cancelUntil(), change.cancelUntilUnit(), change.limitBookings(),
                change.limitPer(), change.opening()));
    }

    TypedRules horizon(String days) {
        return new TypedRules(new RuleChange(change.resourceId(), change.capacity(), days, change.leadTime(),
                change.leadTimeUnit(), change.cancelUntil(), change.cancelUntilUnit(), change.limitBookings(),
                change.limitPer(), change.opening()));
    }

    TypedRules leadTime(String amount, Unit unit) {
        return new TypedRules(new RuleChange(change.resourceId(), change.capacity(), change.horizonDays(), amount,
                unit, change.cancelUntil(), change.cancelUntilUnit(), change.limitBookings(), change.limitPer(),
                change.opening()));
    }

    TypedRules cancelUntil(String amount, Unit unit) {
        return new TypedRules(new RuleChange(change.resourceId(), change.capacity(), change.horizonDays(),
                change.leadTime(), change.leadTimeUnit(), amount, unit, change.limitBookings(), change.limitPer(),
                change.opening()));
    }

    TypedRules limit(String bookings, HouseholdLimit.Period per) {
        return new TypedRules(new RuleChange(change.resourceId(), change.capacity(), change.horizonDays(),
                change.leadTime(), change.leadTimeUnit(), change.cancelUntil(), change.cancelUntilUnit(), bookings, per,
                change.opening()));
    }

    /** The same hours every day. */
    TypedRules everyDay(String hours) {
        Map<DayOfWeek, String> opening = new EnumMap<>(DayOfWeek.class);
        Arrays.stream(DayOfWeek.values()).forEach(day -> opening.put(day, hours));
        return opening(opening);
    }

    TypedRules opening(DayOfWeek day, String hours) {
        Map<DayOfWeek, String> opening = new EnumMap<>(change.opening());
        opening.put(day, hours);
        return opening(opening);
    }

    private TypedRules opening(Map<DayOfWeek, String> opening) {
        return new TypedRules(new RuleChange(change.resourceId(), change.capacity(), change.horizonDays(),
                change.leadTime(), change.leadTimeUnit(), change.cancelUntil(), change.cancelUntilUnit(),
                change.limitBookings(), change.limitPer(), opening));
    }
}
