package org.porth.booking.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.porth.booking.HouseholdLimit;
import org.porth.booking.OpeningTimes;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/** A resource's rules in plain words, the same on the list of resources and as the defaults on the rules form. */
final class RuleWords {

    private RuleWords() {
    }

    /** "08:00 to 16:00, 17:00 to 19:00", or "Closed". */
    static String hours(List<OpeningTimes> ranges, Language language) {
        return ranges.isEmpty() ? Translations.get(language, "booking.admin.opening-closed")
                : ranges.stream().map(times -> Translations.get(language, "booking.admin.opening-range", times.opens(),
                        times.closes())).collect(Collectors.joining(", "));
    }

    static String slot(Optional<Duration> length, Language language) {
        return length.map(minutes -> Translations.get(language, "booking.admin.slot-minutes", minutes.toMinutes()))
                .orElseGet(() -> Translations.get(language, "booking.admin.slot-whole"));
    }

    static String capacity(int places, Language language) {
        return Translations.get(language, "booking.admin.capacity-places", places);
    }

    static String horizon(int days, Language language) {
        return Translations.get(language, "booking.admin.horizon-days", days);
    }

    /** How long before a slot starts, e.g. "1 hour before the slot starts"; "Until the slot starts" for none. */
    static String before(Duration time, Language language) {
        if (time.isZero()) {
            return Translations.get(language, "booking.admin.lead-none");
        }
        String amount = time.toHoursPart() == 0 && time.toMinutesPart() == 0 ? amount(time.toDays(), "day", language)
                : time.toMinutesPart() == 0 ? amount(time.toHours(), "hour", language)
                : amount(time.toMinutes(), "minute", language);
        return Translations.get(language, "booking.admin.lead-before", amount);
    }

    static String limit(Optional<HouseholdLimit> limit, Language language) {
        return limit.map(perHousehold -> Translations.get(language,
                        "booking.admin.limit-" + perHousehold.per().name().toLowerCase(Locale.ROOT), perHousehold.bookings()))
                .orElseGet(() -> Translations.get(language, "booking.admin.limit-none"));
    }

    private static String amount(long count, String unit, Language language) {
        return count == 1 ? Translations.get(language, "booking.admin.unit-" + unit)
                : Translations.get(language, "booking.admin.unit-" + unit + "s", count);
    }
}
