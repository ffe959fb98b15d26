package org.porth.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Holiday;
import org.porth.shared.Language;

/** The due date in working days as a resident reads it, counted from a Friday before a bank holiday Monday. */
class DueWordingTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Friday 22 May 2026; Monday 25 May is the spring bank holiday. */
    private static final Instant FRIDAY_MORNING = at("2026-05-22T10:00");
    private static final DueWording WORDING = new DueWording(new BusinessCalendar(
            List.of(new Holiday(LocalDate.of(2026, 5, 25), "Spring bank holiday", "Gŵyl banc y gwanwyn")), LocalTime.of(9, 0), LocalTime.of(17, 0)),
            Clock.fixed(FRIDAY_MORNING, UK));

    @Test
    void dueLaterTodayIsDueToday() {
        assertThat(WORDING.of(at("2026-05-22T17:00"), Language.ENGLISH)).isEqualTo("Due today, 22 May 2026");
    }

    @Test
    void theWeekendAndTheBankHolidayAreNotCounted() {
        assertThat(WORDING.of(at("2026-05-26T17:00"), Language.ENGLISH)).isEqualTo("Due in 1 working day, on 26 May 2026");
        assertThat(WORDING.of(at("2026-05-28T17:00"), Language.ENGLISH)).isEqualTo("Due in 3 working days, on 28 May 2026");
        assertThat(WORDING.of(at("2026-05-28T17:00"), Language.WELSH)).isEqualTo("Erbyn ymhen 3 diwrnod gwaith, ar 28 Mai 2026");
    }

    @Test
    void aDateBeforeTodayIsOverdue() {
        assertThat(WORDING.of(at("2026-05-21T17:00"), Language.ENGLISH)).isEqualTo("Overdue: it was due on 21 May 2026");
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
    }
}
