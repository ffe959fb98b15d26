package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The .ics file residents download keeps to RFC 5545, so calendars read it right. */
class CalendarFileTest {

    private static final CalendarFile.Event VISIT = new CalendarFile.Event("0b7e@porth-booking",
            LocalDateTime.parse("2026-07-01T09:15"), LocalDateTime.parse("2026-07-01T09:30"),
            "Recycling, tip; visit", "Heol y Dociau, Porth\\Dock", "Booking reference: BKG-7K4M-2Q9D\nBring ID",
            "Porth County Council");

    @Test
    void oneEventAtTheTimesInPorthWithItsZoneDescribed() {
        String file = CalendarFile.of(VISIT, Instant.parse("2026-06-20T08:30:00Z"));

        assertThat(file).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Porth County Council//Porth booking//EN\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")
                .contains("\r\nUID:0b7e@porth-booking\r\n", "\r\nDTSTAMP:20260620T083000Z\r\n",
                        "\r\nDTSTART;TZID=Europe/London:20260701T091500\r\n",
                        "\r\nDTEND;TZID=Europe/London:20260701T093000\r\n",
                        "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n", "TZOFFSETTO:+0100", "TZOFFSETTO:+0000");
        assertThat(file.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void textIsEscaped() {
        String file = CalendarFile.of(VISIT, Instant.parse("2026-06-20T08:30:00Z"));

        assertThat(file).contains("\r\nSUMMARY:Recycling\\, tip\\; visit\r\n",
                "\r\nLOCATION:Heol y Dociau\\, Porth\\\\Dock\r\n",
                "\r\nDESCRIPTION:Booking reference: BKG-7K4M-2Q9D\\nBring ID\r\n");
    }

    @Test
    void longLinesFoldAt75OctetsNeverInsideAWelshLetter() {
        String summary = "Cofrestru genedigaeth, Swyddfa Gofrestru Porth, Neuadd y Sir: ŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷ";
        String file = CalendarFile.of(new CalendarFile.Event("u", VISIT.start(), VISIT.end(), summary, "l", "d", "o"),
                Instant.parse("2026-06-20T08:30:00Z"));

        assertThat(Arrays.stream(file.split("\r\n"))).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(file.replace("\r\n ", "")).contains("\r\nSUMMARY:" + CalendarFile.escape(summary) + "\r\n");
    }
}
