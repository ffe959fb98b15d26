package org.porth.booking.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.porth.booking.OpeningTimes;

/**
 * A day's opening hours as text, in booking/resources.yaml and on the administrators' form: one or
 * more ranges separated by commas, e.g. "09:00-12:30, 13:30-16:00". The ranges are put in time order
 * and may not overlap, since each gives its own slots.
 */
public final class OpeningText {

    /** What is wrong with a day's text. */
    public enum Mistake {
        NOT_TIMES, CLOSES_BEFORE_OPENING, OVERLAP
    }

    /** A day's text that cannot be opening hours. */
    public static final class Wrong extends IllegalArgumentException {

        private final Mistake mistake;

        Wrong(Mistake mistake, String text) {
            super("opening times '" + text + "': " + mistake);
            this.mistake = mistake;
        }

        public Mistake mistake() {
            return mistake;
        }
    }

    /** 9:00 or 09:00, then a hyphen or an en dash (tablets type one for the other). */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("HH:mm");
    private static final String DAYS = ";";
    private static final String DAY = "=";

    private OpeningText() {
    }

    /** @throws Wrong saying what is wrong with the text */
    public static List<OpeningTimes> ranges(String text) {
        List<OpeningTimes> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher range = RANGE.matcher(part.strip());
            if (!range.matches()) {
                throw new Wrong(Mistake.NOT_TIMES, text);
            }
            LocalTime opens = time(range.group(1), text);
            LocalTime closes = time(range.group(2), text);
            if (!opens.isBefore(closes)) {
                throw new Wrong(Mistake.CLOSES_BEFORE_OPENING, text);
            }
            ranges.add(new OpeningTimes(opens, closes));
        }
        ranges.sort(Comparator.comparing(OpeningTimes::opens));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).opens().isBefore(ranges.get(i - 1).closes())) {
                throw new Wrong(Mistake.OVERLAP, text);
            }
        }
        return List.copyOf(ranges);
    }

    /** The ranges as an administrator types them: "09:00-12:30, 13:30-16:00". */
    public static String text(List<OpeningTimes> ranges) {
        return ranges.stream().map(range -> WRITTEN.format(range.opens()) + "-" + WRITTEN.format(range.closes()))
                .collect(Collectors.joining(", "));
    }

    /** A week's hours in one column: "MONDAY=08:00-16:00;TUESDAY=;..." (every day, a closed one empty). */
    static String week(Map<DayOfWeek, List<OpeningTimes>> opening) {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> day + DAY + text(opening.getOrDefault(day, List.of())))
                .collect(Collectors.joining(DAYS));
    }

    static Map<DayOfWeek, List<OpeningTimes>> week(String stored) {
        Map<DayOfWeek, List<OpeningTimes>> opening = new EnumMap<>(DayOfWeek.class);
        for (String day : stored.split(DAYS)) {
            String[] parts = day.split(DAY, 2);
            if (!parts[1].isBlank()) {
                opening.put(DayOfWeek.valueOf(parts[0]), ranges(parts[1]));
            }
        }
        return opening;
    }

    private static LocalTime time(String typed, String text) {
        try {
            return LocalTime.parse(typed, TYPED);
        } catch (DateTimeException notATime) {
            throw new Wrong(Mistake.NOT_TIMES, text);
        }
    }
}
