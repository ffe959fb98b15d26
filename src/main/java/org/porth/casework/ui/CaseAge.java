package org.porth.casework.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.porth.shared.BusinessCalendar;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/**
 * How long a case has waited since it was received, in working days as its service-level clock
 * counts them: "Today", "1 working day", "5 working days"; received at a weekend and read before
 * the next working day, "No working days yet".
 */
final class CaseAge {

    private CaseAge() {
    }

    static String of(Instant received, Instant now, ZoneId zone, BusinessCalendar calendar, Language language) {
        if (LocalDate.ofInstant(received, zone).equals(LocalDate.ofInstant(now, zone))) {
            return Translations.get(language, "queues.age.today");
        }
        int days = calendar.workingDaysBetween(received, now);
        return switch (days) {
            case 0 -> Translations.get(language, "queues.age.none");
            case 1 -> Translations.get(language, "queues.age.one");
            default -> Translations.get(language, "queues.age.days", days);
        };
    }
}
