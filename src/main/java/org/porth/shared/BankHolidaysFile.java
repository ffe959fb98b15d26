package org.porth.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.Resource;

/**
 * The bank holidays file ({@code porth.calendar.bank-holidays}): a row per day with its date, region
 * and English and Welsh names, checked row by row, so that a mistake stops start-up with the file,
 * the line and the problem.
 */
final class BankHolidaysFile {

    static final String BOTH_NATIONS = "england-and-wales";
    static final Set<String> NATIONS = Set.of("england", "wales");

    private BankHolidaysFile() {
    }

    /** The holidays in the file that apply in the nation ({@code england} or {@code wales}), in date order. */
    static List<Holiday> read(Resource file, String nation) {
        NavigableMap<LocalDate, Holiday> holidays = new TreeMap<>();
        for (CsvFile.Row row : CsvFile.read(file, "date", "region", "name_en", "name_cy")) {
            Holiday holiday = new Holiday(date(row), row.required("name_en"), row.required("name_cy"));
            String region = row.required("region");
            if (!region.equals(BOTH_NATIONS) && !NATIONS.contains(region)) {
                throw row.problem("region " + region + " is not " + BOTH_NATIONS + ", england or wales");
            }
            if ((region.equals(BOTH_NATIONS) || region.equals(nation)) && holidays.put(holiday.date(), holiday) != null) {
                throw row.problem(holiday.date() + " is in the file twice");
            }
        }
        requireWholeYears(file, holidays);
        return List.copyOf(holidays.values());
    }

    private static LocalDate date(CsvFile.Row row) {
        String text = row.required("date");
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.problem("date " + text + " is not a date as yyyy-mm-dd");
        }
        // a weekend day changes nothing, so it is most likely a substitute day forgotten
        if (BusinessCalendar.isWeekend(date)) {
            throw row.problem(date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                    + ": give the substitute day instead");
        }
        return date;
    }

    // the calendar covers the years from the first to the last in the file: a year with no rows
    // cannot be told apart from a year left out
    private static void requireWholeYears(Resource file, NavigableMap<LocalDate, Holiday> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalStateException(file.getDescription() + ": no bank holidays");
        }
        int first = holidays.firstKey().getYear();
        int last = holidays.lastKey().getYear();
        for (int year = first; year <= last; year++) {
            if (holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).isEmpty()) {
                throw new IllegalStateException(file.getDescription() + ": no bank holidays for " + year
                        + ", between " + first + " and " + last);
            }
        }
    }
}
