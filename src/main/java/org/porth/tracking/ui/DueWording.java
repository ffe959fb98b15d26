package org.porth.tracking.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.porth.shared.BusinessCalendar;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.stereotype.Component;

/** "Due in 3 working days (2 December 2026)", "Due today", "Overdue": counted in the council's working days. */
@Component
class DueWording {

    private final BusinessCalendar calendar;
    private final Clock clock;

    DueWording(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    String of(Instant due, Language language) {
        LocalDate today = LocalDate.now(clock);
        LocalDate dueDay = due.atZone(clock.getZone()).toLocalDate();
        String date = DateText.format(dueDay, language);
        if (dueDay.isBefore(today)) {
            return Translations.get(language, "tracking.due.overdue", date);
        }
        if (dueDay.equals(today)) {
            return Translations.get(language, "tracking.due.today", date);
        }
        int days = Math.max(1, workingDaysAfter(today, dueDay));
        return Translations.get(language, days == 1 ? "tracking.due.in-days.one" : "tracking.due.in-days.many", days, date);
    }

    private int workingDaysAfter(LocalDate today, LocalDate dueDay) {
        int days = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(dueDay); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }
}
