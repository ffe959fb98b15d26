package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Holiday;
import org.porth.shared.Language;

/** A case's age as an officer reads it in the queue, in English and Welsh. */
class CaseAgeTest {

    private static final ZoneId PORTH = ZoneId.of("Europe/London");
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(
            List.of(new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day", "Dydd Nadolig")),
            LocalTime.of(9, 0), LocalTime.of(17, 0));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-02-13T09:00|2026-02-13T16:00|Today|Heddiw",
            "2026-02-14T10:00|2026-02-15T10:00|No working days yet|Dim diwrnodau gwaith eto",
            "2026-02-13T14:00|2026-02-16T10:00|1 working day|1 diwrnod gwaith",
            "2026-02-13T14:00|2026-02-20T10:00|5 working days|5 diwrnod gwaith",
            "2026-12-24T10:00|2026-12-29T10:00|2 working days|2 diwrnod gwaith"})
    void workingDaysSinceItWasReceived(String received, String now, String english, String welsh) {
        assertThat(CaseAge.of(at(received), at(now), PORTH, CALENDAR, Language.ENGLISH)).isEqualTo(english);
        assertThat(CaseAge.of(at(received), at(now), PORTH, CALENDAR, Language.WELSH)).isEqualTo(welsh);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(PORTH).toInstant();
    }
}
