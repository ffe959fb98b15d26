package org.porth.booking.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A booking as an iCalendar file (RFC 5545) that residents add to their calendar: one event at its
 * Europe/London times (with the zone described, as the RFC asks of every TZID used), its UID the
 * booking's id so that a file downloaded again updates the same event.
 */
public final class CalendarFile {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int MAX_OCTETS = 75;
    private static final List<String> EUROPE_LONDON = List.of(
            "BEGIN:VTIMEZONE", "TZID:Europe/London",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    private CalendarFile() {
    }

    /** What goes in the event, already in the resident's language. */
    public record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String location,
            String description, String organiser) {
    }

    /** The file's text, lines ending CRLF, long lines folded. */
    public static String of(Event event, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//" + escape(event.organiser()) + "//Porth booking//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.addAll(EUROPE_LONDON);
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + event.uid());
        lines.add("DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
        lines.add("DTSTART;TZID=Europe/London:" + LOCAL.format(event.start()));
        lines.add("DTEND;TZID=Europe/London:" + LOCAL.format(event.end()));
        lines.add("SUMMARY:" + escape(event.summary()));
        lines.add("LOCATION:" + escape(event.location()));
        lines.add("DESCRIPTION:" + escape(event.description()));
        lines.add("STATUS:CONFIRMED");
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder file = new StringBuilder();
        lines.forEach(line -> file.append(fold(line)).append("\r\n"));
        return file.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in text. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * RFC 5545 3.1: lines longer than 75 octets are folded, each continuation starting with a space;
     * never inside a UTF-8 character (Welsh ŵ and ŷ are two octets).
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
