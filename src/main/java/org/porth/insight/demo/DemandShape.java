package org.porth.insight.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

/**
 * How many requests each service gets on a day, relative to the others: its share of the council's
 * demand, times its season, times the day of the week. The seasons are the ones councils report:
 * garden waste in spring, potholes after the frosts, school places in the autumn admissions round,
 * street lights in the dark months, repairs in the cold ones, and missed bins after a bank holiday
 * moves the collections.
 */
final class DemandShape {

    /** Each service's share of a year's requests before seasons, in per mille. */
    static final Map<String, Integer> SHARES = Map.ofEntries(
            Map.entry("missed-bin", 220), Map.entry("pothole", 160), Map.entry("garden-waste", 110),
            Map.entry("street-light", 90), Map.entry("housing-repair", 120), Map.entry("bulky-waste", 80),
            Map.entry("school-place", 50), Map.entry("blue-badge", 40), Map.entry("single-person-discount", 40),
            Map.entry("moving-home", 40), Map.entry("register-birth", 30), Map.entry("social-care-assessment", 20));

    private DemandShape() {
    }

    static double season(String service, Month month) {
        return switch (service) {
            case "garden-waste" -> switch (month) {
                case MARCH, APRIL, MAY -> 3.0;
                case JUNE, JULY, AUGUST -> 1.2;
                case DECEMBER, JANUARY, FEBRUARY -> 0.3;
                default -> 0.6;
            };
            case "pothole" -> switch (month) {
                case JANUARY, FEBRUARY, MARCH -> 2.5;
                case DECEMBER, APRIL -> 1.5;
                case JUNE, JULY, AUGUST -> 0.5;
                default -> 0.8;
            };
            case "school-place" -> switch (month) {
                case SEPTEMBER, OCTOBER, NOVEMBER -> 3.0;
                case JANUARY, APRIL -> 1.0;
                default -> 0.4;
            };
            case "street-light" -> switch (month) {
                case OCTOBER, NOVEMBER, DECEMBER, JANUARY, FEBRUARY -> 1.7;
                case MAY, JUNE, JULY -> 0.4;
                default -> 1.0;
            };
            case "housing-repair" -> switch (month) {
                case NOVEMBER, DECEMBER, JANUARY, FEBRUARY -> 1.4;
                default -> 0.85;
            };
            default -> 1.0;
        };
    }

    /**
     * The day's weight: Mondays busiest, weekends and bank holidays quiet (only the web is open then),
     * and the working day after a bank holiday brings the missed bins of the moved collections.
     */
    static double day(String service, LocalDate date, boolean workingDay, boolean afterBankHoliday) {
        double weight = switch (date.getDayOfWeek()) {
            case MONDAY -> 1.3;
            case TUESDAY -> 1.1;
            case FRIDAY -> 0.9;
            case SATURDAY -> 0.35;
            case SUNDAY -> 0.3;
            default -> 1.0;
        };
        if (!workingDay && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            weight = 0.3;
        }
        if (afterBankHoliday && service.equals("missed-bin")) {
            weight *= 2.5;
        }
        return weight;
    }
}
